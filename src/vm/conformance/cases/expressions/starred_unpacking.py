a = [1, 2]
b = (3, 4)
print([*a, *b, 5], (*a,), {*a, *a})
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print({**d1, **d2}, {**d2, **d1, "w": 0})
def show(*args, **kwargs):
    print(args, kwargs)
show(*a, *"cd", **d1, extra=True)
show(*range(3), **{"k": "v"})
print(*[1, 2, 3], sep="-")
