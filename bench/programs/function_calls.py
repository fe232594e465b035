# Python-to-Python calls: recursion, small helpers, default and keyword arguments.
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def clamp(x, lo=0, hi=100):
    return lo if x < lo else hi if x > hi else x


def scale(x, factor=3, offset=-50):
    return clamp(x * factor + offset, hi=1000)


acc = 0
for i in range(500_000):
    acc += scale(i % 400, offset=-i % 7)
print(fib(27), acc)
