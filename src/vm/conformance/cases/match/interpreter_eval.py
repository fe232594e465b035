def evaluate(expr):
    match expr:
        case int() | float():
            return expr
        case ("+", a, b):
            return evaluate(a) + evaluate(b)
        case ("*", a, b):
            return evaluate(a) * evaluate(b)
        case ("-", a):
            return -evaluate(a)
        case ("sum", *args):
            return sum(evaluate(a) for a in args)
        case _:
            raise ValueError(f"bad expression {expr!r}")
print(evaluate(("+", 1, ("*", 2, 3))))
print(evaluate(("sum", 1, 2, ("-", 3), 4.5)))
try:
    evaluate(("/", 1, 2))
except ValueError as e:
    print(e)
