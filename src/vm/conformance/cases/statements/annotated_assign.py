count: int = 0
name: str
ratio: float = 0.5
print(count, ratio)
print(__annotations__)
class Point:
    x: int
    y: int = 0
print(Point.__annotations__, Point.y)
def f(a: int, b: "str" = "x") -> bool:
    return True
print(f.__annotations__)
try:
    print(name)
except NameError as e:
    print(e)
