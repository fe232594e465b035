from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
LIMIT = 100
class Limits:
    MAX = 10
def check(c, n):
    match c:
        case Color.RED:
            label = "stop"
        case Color.GREEN | Color.BLUE:
            label = "go"
    match n:
        case Limits.MAX:
            size = "at max"
        case _:
            size = "not max"
    return label, size
print(check(Color.RED, 10), check(Color.BLUE, 3))
