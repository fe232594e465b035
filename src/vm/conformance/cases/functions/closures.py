def make_counter():
    count = 0
    def increment(step=1):
        nonlocal count
        count += step
        return count
    return increment
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(5), c2())
def make_multipliers():
    return [lambda x, n=n: x * n for n in range(1, 4)]
print([m(10) for m in make_multipliers()])
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())
print(c1.__closure__[0].cell_contents, c1.__code__.co_freevars)
