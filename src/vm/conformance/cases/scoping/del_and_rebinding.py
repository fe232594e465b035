def f():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return f"unbound: {e}"
print(f())
items = [1, 2]
for items_i in items:
    pass
print(items_i)
try:
    print(never_defined)
except NameError as e:
    print(e)
