def f(x):
    result = "unset"
    match x:
        case 1:
            result = "one"
    return result
print(f(1), f(2))
match (1, 2):
    case (a, b):
        print("bound", a, b)
print(a + b)
match "text":
    case str(s):
        print(s.upper())
