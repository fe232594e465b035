def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
class C:
    x = 1
    y = 2
print(sorted(k for k in vars(C) if not k.startswith("__")))
g = globals()
g["injected"] = 99
print(injected)
print(__name__, type(__builtins__).__name__ in ("module", "dict"))
