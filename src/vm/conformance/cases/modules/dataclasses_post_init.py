from dataclasses import dataclass, field, fields
@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    label: str = field(default="rect", repr=False)
    def __post_init__(self):
        if self.w < 0 or self.h < 0:
            raise ValueError("negative size")
        self.area = self.w * self.h
r = Rect(2, 3)
print(r, r.area, r.label, [f.name for f in fields(r)])
try:
    Rect(-1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    Rect(1)
except TypeError as e:
    print("TypeError:", e)
@dataclass
class Child(Rect):
    depth: float = 1.0
print(Child(1, 2, depth=3))
