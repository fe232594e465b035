add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=1))
print((lambda *a, **k: (a, k))(1, 2, z=3))
funcs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in funcs])
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in late])
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print((lambda: "no args")())
