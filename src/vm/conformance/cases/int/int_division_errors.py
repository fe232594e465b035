def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: 1 // 0)
show(lambda: 1 % 0)
show(lambda: divmod(5, 0))
show(lambda: 1 / 0)
show(lambda: 2 ** -1)
show(lambda: pow(2, -1, 4))
show(lambda: 10 ** 400 / 3)
show(lambda: int("abc"))
show(lambda: int(float("nan")))
show(lambda: int(float("inf")))
