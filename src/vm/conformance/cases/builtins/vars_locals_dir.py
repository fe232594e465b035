class C:
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self._b = 2
    def method(self):
        pass
c = C()
print(vars(c), [n for n in dir(c) if not n.startswith("__")])
def f(x, y=2):
    z = x + y
    return sorted(locals().items())
print(f(1))
g = 5
print("g" in globals(), globals()["g"], __name__)
print(sorted(k for k in vars(C) if not k.startswith("__")))
import math
print("sqrt" in dir(math), callable(getattr(math, "sqrt")))
