def acc():
    total = 0
    try:
        while True:
            x = yield total
            if x is None:
                break
            total += x
    except ValueError as e:
        yield f"error {e}"
    finally:
        print("cleanup")
    return total
g = acc()
print(next(g), g.send(5), g.send(10))
print(g.throw(ValueError("bad")))
g.close()
g2 = acc()
next(g2)
g2.send(3)
try:
    g2.send(None)
except StopIteration as e:
    print("returned", e.value)
def gen():
    try:
        yield 1
    except GeneratorExit:
        print("exit seen")
        raise
g3 = gen()
next(g3)
g3.close()
print(g3.gi_frame is None)
