def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: b"a" + "b")
show(lambda: bytes([256]))
show(lambda: bytes("abc"))
show(lambda: b"abc"[5])
show(lambda: bytes(-1))
show(lambda: b"x".decode("ascii") + "y")
