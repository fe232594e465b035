import sys
def where():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno
def caller():
    return where()
print(caller(), sys._getframe().f_code.co_name, sys._getframe().f_globals["__name__"])
def depth():
    n = 0
    f = sys._getframe()
    while f is not None:
        n += 1
        f = f.f_back
    return n
print(depth(), (lambda: depth())())
try:
    sys._getframe(100)
except ValueError as e:
    print(e)
