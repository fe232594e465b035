def divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError:
        print("  cannot divide", a, "by zero")
        return None
    except TypeError as exc:
        print("  bad types:", exc)
        return None
    else:
        print("  ok", result)
        return result
    finally:
        print("  finally for", a, b)
print(divide(6, 3))
print(divide(1, 0))
print(divide("x", 2))
