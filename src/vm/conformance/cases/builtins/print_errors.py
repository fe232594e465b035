def show(f):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
show(lambda: print("a", sep=5))
show(lambda: print("a", end=[]))
show(lambda: print("a", bogus=1))
print("a", sep=None, end=None)
