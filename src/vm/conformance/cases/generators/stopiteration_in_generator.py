def bad():
    yield 1
    raise StopIteration("oops")
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
def ok():
    yield 1
    return
print(list(ok()))
it = iter([])
def uses_next():
    yield next(it, "fallback")
print(list(uses_next()))
