class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y) if isinstance(o, V) else NotImplemented
    def __radd__(self, o):
        return self if o == 0 else NotImplemented
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return V(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o):
        return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __lt__(self, o):
        return abs(self) < abs(o)
    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self
    def __repr__(self):
        return f"V({self.x}, {self.y})"
    def __index__(self):
        return self.x
a, b = V(1, 2), V(3, 4)
print(a + b, 2 * a, a * 3, -a, abs(b), a == V(1, 2), a != b, sum([a, b]), sorted([b, a]), max(a, b))
a += b
print(a, {V(1, 1), V(1, 1)}, [10, 20, 30, 40, 50][V(2, 0)], bin(V(5, 0)))
try:
    a + 1
except TypeError as e:
    print(e)
