def attempt(fmt, args):
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__ + ":", e)
attempt("%d", "x")
attempt("%s %s", ("a",))
attempt("%s", ("a", "b"))
attempt("%(k)s", {"j": 1})
attempt("%z", 1)
attempt("%d%%", 5)
attempt("%.2s", "abcdef")
attempt("%*d", (5, 42))
