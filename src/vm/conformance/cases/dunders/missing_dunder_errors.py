class Nothing: pass
n = Nothing()
def show(f):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
show(lambda: n + 1)
show(lambda: 1 - n)
show(lambda: len(n))
show(lambda: n[0])
show(lambda: n())
show(lambda: iter(n))
show(lambda: -n)
show(lambda: [x for x in n])
show(lambda: abs(n))
