from dataclasses import dataclass, field, asdict, astuple, replace
@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: list = field(default_factory=list)
    def total(self):
        return self.price * self.qty
a = Item("pen", 1.5, 4)
b = Item("pad", 3.0, tags=["paper"])
print(a, b, a.total(), a == Item("pen", 1.5, 4))
print(asdict(b), astuple(a), replace(a, qty=10))
@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
print(sorted([Version(2), Version(1, 5), Version(1)]), Version(1) < Version(1, 1))
try:
    Version(1).major = 3
except Exception as e:
    print(type(e).__name__, e)
print(hash(Version(1, 2)) == hash(Version(1, 2)))
