t = (1, 2, 3)
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: t[5])
def assign():
    t[0] = 9
show(assign)
show(lambda: t.index(7))
show(lambda: t + [4])
show(lambda: t.append(4))
nested = ([1], 2)
nested[0].append(3)
print(nested)
try:
    nested[0] += [4]
except TypeError as e:
    print("TypeError:", e)
print(nested)
