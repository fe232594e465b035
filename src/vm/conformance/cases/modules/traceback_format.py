import traceback
def inner():
    return 1 / 0
def outer():
    inner()
try:
    outer()
except ZeroDivisionError:
    text = traceback.format_exc()
    print(text.splitlines()[0])
    print(text.splitlines()[-1])
    print(len(text.splitlines()) >= 5)
try:
    raise KeyError("k")
except KeyError:
    traceback.print_exc()
print(traceback.format_exception_only(ValueError("bad")))
