from enum import Enum, IntEnum, auto, Flag
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"], Color.RED.name, Color.RED.value)
print(list(Color), len(Color), Color.RED is Color(1), Color.RED == 1)
class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404
print(Status.OK == 200, Status.NOT_FOUND + 1, sorted([Status.NOT_FOUND, Status.OK]))
class Step(Enum):
    FIRST = auto()
    SECOND = auto()
print(Step.FIRST.value, Step.SECOND.value, [s.name for s in Step])
class Perm(Flag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, Perm.R in (Perm.R | Perm.X), bool(Perm.W & Perm.X))
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
