from dataclasses import dataclass, field, asdict
from enum import Enum, IntEnum, auto, Flag
@dataclass(order=True)
class Item:
    price: float
    name: str = field(compare=False)
    tags: list = field(default_factory=list)
a, b = Item(2.5, "pen"), Item(1.0, "clip", ["x"])
print(a, sorted([a, b])[0].name, asdict(b), a == Item(2.5, "other"))
@dataclass(frozen=True)
class Pt:
    x: int
    y: int = 0
try:
    Pt(1).x = 2
except Exception as e:
    print(type(e).__name__)
class Color(Enum):
    RED = auto()
    GREEN = auto()
class Level(IntEnum):
    LOW = 1
    HIGH = 2
class Perm(Flag):
    R = 4
    W = 2
print(Color.RED, Color.GREEN.value, Color["RED"], Color(2), list(Color), Level.HIGH > Level.LOW, Level.LOW + 1)
print(Perm.R | Perm.W, Perm.R in (Perm.R | Perm.W), repr(Color.RED))
