x = 3.75
print(x.is_integer(), (4.0).is_integer(), x.as_integer_ratio(), (0.1).as_integer_ratio())
print(x.hex(), float.fromhex("0x1.8p1"), (1.5).conjugate(), x.real, x.imag)
print(int(x), math_floor := __import__("math").floor(-x), __import__("math").trunc(-x))
print(float(10), float("  3.5\n"), float(True), float(2**60))
print(divmod(7.5, 2), divmod(-7.5, 2), 7.5 % -2, -0.0 == 0.0)
print(1.5e300 * 1.5e300, 5 / 2, 4 / 2, -7 / 2, 1 / 3 * 3)
