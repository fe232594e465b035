def gen():
    yield 1
    yield 2
g = gen()
print(g.gi_running, g.gi_frame is not None, g.__name__, type(g).__name__)
print(next(g), g.gi_frame is not None)
print(list(g), g.gi_frame)
print(next(g, "default"), list(g))
def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
