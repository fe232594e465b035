for n in range(-2, 3):
    sign = "neg" if n < 0 else "zero" if n == 0 else "pos"
    print(n, sign)
f = (lambda x: x * 2) if True else None
print(f(21))
print([("even" if i % 2 == 0 else "odd") for i in range(4)])
