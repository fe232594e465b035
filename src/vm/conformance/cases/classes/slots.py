class Pixel:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Pixel(1, 2)
p.x = 10
print(p.x, p.y, Pixel.__slots__, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
class Pixel3(Pixel):
    __slots__ = ("z",)
q = Pixel3(1, 2)
q.z = 3
print(q.x, q.z)
