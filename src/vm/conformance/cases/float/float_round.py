for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375]:
    print(v, round(v), round(v, 2), round(v, 1))
print(round(123.456, -1), round(123.456, -2), round(-0.5), round(1e20, 2))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(3.14159, 3))
print(round(2.5e-5, 5), round(0.0), round(7, -1), round(5, -1), round(15, -1))
