import functools
def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper
@logged
def area(w, h):
    """Rectangle area."""
    return w * h
print(area.__name__, area.__doc__, area.__wrapped__.__name__, area(3, 4))
@functools.singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register
def _(x: int):
    return f"int {x}"
@describe.register(list)
def _(x):
    return f"list of {len(x)}"
print(describe(1), describe([1, 2]), describe("s"), describe(True))
