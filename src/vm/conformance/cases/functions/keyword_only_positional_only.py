def f(a, b, /, c, *, d, e=5):
    return (a, b, c, d, e)
print(f(1, 2, 3, d=4))
print(f(1, 2, c=3, d=4, e=6))
def attempt(thunk):
    try:
        print(thunk())
    except TypeError as err:
        print("TypeError:", err)
attempt(lambda: f(1, b=2, c=3, d=4))
attempt(lambda: f(1, 2, 3, 4))
attempt(lambda: f(1, 2, 3))
def g(x, /, **kw):
    return x, kw
print(g(1, x=2))
