def risky(n):
    if n == 0:
        raise ZeroDivisionError("zero")
    if n < 0:
        raise ValueError("negative")
    return 10 / n
for n in [2, 0, -1]:
    try:
        try:
            print(risky(n))
        except ZeroDivisionError as e:
            print("inner caught", e)
            raise RuntimeError("re-raised") from e
        finally:
            print("inner finally", n)
    except (RuntimeError, ValueError) as e:
        print("outer caught", type(e).__name__, e)
