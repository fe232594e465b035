def show(f):
    try:
        print(f())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
show(lambda: format(3, "s"))
show(lambda: format("x", "d"))
show(lambda: format(1.5, "x"))
show(lambda: "{} {}".format(1))
show(lambda: "{0} {}".format(1, 2))
show(lambda: format(10, ",s"))
show(lambda: "{:=}".format("abc"))
