import functools
def trace(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print(f"-> {func.__name__}{args}")
        result = func(*args, **kwargs)
        print(f"<- {func.__name__} = {result}")
        return result
    return wrapper
def repeat(times):
    def decorate(func):
        def wrapper(*a):
            return [func(*a) for _ in range(times)]
        return wrapper
    return decorate
@trace
def add(a, b):
    """Add two numbers."""
    return a + b
@repeat(3)
def hello(name):
    return "hi " + name
add(2, 3)
print(add.__name__, add.__doc__, hello("x"))
