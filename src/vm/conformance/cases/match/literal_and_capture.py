def describe(value):
    match value:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case True:
            return "true?"
        case None:
            return "nothing"
        case int(n) if n < 0:
            return f"negative {n}"
        case other:
            return f"other {other!r}"
for v in [0, 2, "hello", None, -5, 99, 1.0, True]:
    print(repr(v), "->", describe(v))
