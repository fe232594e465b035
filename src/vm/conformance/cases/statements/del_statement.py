x = 1
del x
try:
    x
except NameError as e:
    print(e)
lst = list(range(10))
del lst[0], lst[-1]
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
class O: pass
o = O(); o.attr = 5
del o.attr
print(hasattr(o, "attr"))
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError", e)
