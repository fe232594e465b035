print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]), any(x > 3 for x in range(5)))
print(all(c.isalpha() for c in "abc"), any("x" == c for c in "abc"))
print(callable(len), callable(lambda: 0), callable(3), callable(str), callable("str"))
class C:
    def __call__(self): pass
    def m(self): pass
print(callable(C), callable(C()), callable(C().m), callable(None))
