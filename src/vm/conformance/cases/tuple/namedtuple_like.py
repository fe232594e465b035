from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p[1], p._asdict(), p._replace(x=10), Point._fields)
x, y = p
print(x + y, p == (3, 4), isinstance(p, tuple))
Color = namedtuple("Color", "r g b", defaults=[0])
print(Color(1, 2), Color._make([9, 8, 7]))
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
