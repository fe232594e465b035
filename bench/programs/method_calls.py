# Method calls and attribute access on small objects.
class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def scaled(self, k):
        return Vector(self.x * k, self.y * k)


class Counter:
    def __init__(self):
        self.count = 0

    def bump(self, by=1):
        self.count += by
        return self.count


v = Vector(0, 0)
step = Vector(1, 2)
c = Counter()
dots = 0
for i in range(200_000):
    v = v.add(step)
    dots += v.dot(step.scaled(i % 3))
    c.bump(i & 3)
print(v.x, v.y, dots, c.count)
