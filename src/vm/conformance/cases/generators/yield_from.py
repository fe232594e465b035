def inner():
    x = yield "inner-1"
    print("inner received", x)
    yield "inner-2"
    return "inner-result"
def outer():
    result = yield from inner()
    print("outer got", result)
    yield from range(2)
    yield from ["a", "b"]
g = outer()
print(next(g))
print(g.send("hello"))
print(list(g))
def flatten(items):
    for it in items:
        if isinstance(it, list):
            yield from flatten(it)
        else:
            yield it
print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]]])))
