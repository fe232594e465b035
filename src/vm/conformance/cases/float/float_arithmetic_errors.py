def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: 1.0 / 0)
show(lambda: 1.0 // 0.0)
show(lambda: 5.0 % 0)
show(lambda: float("abc"))
show(lambda: float([1]))
show(lambda: (-8) ** (1 / 3) == 2)
show(lambda: __import__("math").sqrt(-1))
show(lambda: __import__("math").log(0))
show(lambda: 10.0 ** 400)
show(lambda: int(1e20))
