def worker():
    try:
        while True:
            try:
                x = yield
                print("got", x)
            except ValueError as e:
                print("handled", e)
    finally:
        print("cleanup")
w = worker()
next(w)
w.send(1)
w.throw(ValueError("bad input"))
w.send(2)
w.close()
print("closed")
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("exiting")
        raise
g = stubborn()
next(g)
g.close()
def g2():
    yield 1
x = g2()
try:
    x.throw(KeyError("k"))
except KeyError as e:
    print("propagated", e)
