from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int
@dataclass
class Circle:
    center: Point
    r: float
def describe(shape):
    match shape:
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Circle(Point(x=cx, y=cy), r=r) if r > 10:
            return f"big circle at {cx},{cy}"
        case Circle(center=c, r=r):
            return f"circle r={r} c={c}"
        case int() | float() as n:
            return f"number {n}"
        case str(s):
            return f"string {s!r}"
        case [Point(), *rest]:
            return f"points list +{len(rest)}"
        case {"kind": kind, **others}:
            return f"mapping {kind} {sorted(others)}"
        case _:
            return "unknown"
for s in [Point(0, 0), Point(0, 5), Point(3, 3), Circle(Point(1, 2), 20), Circle(Point(0, 0), 1),
          7, 2.5, "hi", [Point(1, 1), 1, 2], {"kind": "k", "a": 1, "b": 2}, None]:
    print(describe(s))
