import functools
print(functools.reduce(lambda a, b: a * b, [1, 2, 3, 4, 5]), functools.reduce(lambda a, b: a + b, [], 0))
def power(base, exp):
    return base ** exp
square = functools.partial(power, exp=2)
cube_of_two = functools.partial(power, 2)
print(square(7), cube_of_two(3), square.func.__name__, square.keywords)
calls = 0
@functools.lru_cache(maxsize=None)
def fib(n):
    global calls
    calls += 1
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), calls, fib.cache_info())
@functools.cache
def slow_square(n):
    print("computing", n)
    return n * n
print(slow_square(4), slow_square(4))
print(sorted(["b", "A", "c"], key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
