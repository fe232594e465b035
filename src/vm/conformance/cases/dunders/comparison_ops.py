class Money:
    def __init__(self, v): self.v = v
    def __lt__(self, o): print("lt"); return self.v < o.v
    def __le__(self, o): print("le"); return self.v <= o.v
    def __eq__(self, o): print("eq"); return isinstance(o, Money) and self.v == o.v
    def __gt__(self, o): print("gt"); return self.v > o.v
    def __repr__(self): return f"M{self.v}"
a, b = Money(1), Money(2)
print(a < b, a > b, a <= b, a == b, a != b)
print(b >= a if hasattr(Money, "__ge__") and Money.__ge__ is not object.__ge__ else "no ge")
print(sorted([Money(3), Money(1), Money(2)]))
class Plain: pass
try:
    Plain() < Plain()
except TypeError as e:
    print("TypeError:", e)
