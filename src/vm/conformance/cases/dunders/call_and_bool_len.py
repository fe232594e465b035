class Multiplier:
    def __init__(self, k): self.k = k
    def __call__(self, x, *, offset=0): return self.k * x + offset
triple = Multiplier(3)
print(triple(5), triple(5, offset=1), callable(triple), list(map(triple, [1, 2])))
class Empty:
    def __len__(self): return 0
class Falsy:
    def __bool__(self): return False
    def __len__(self): return 10
print(bool(Empty()), bool(Falsy()), "yes" if Empty() else "no", not Falsy())
class Bad:
    def __bool__(self): return "yes"
try:
    bool(Bad())
except TypeError as e:
    print("TypeError:", e)
