import math
vals = [0.1 + 0.2, 1e16, 1e-7, 123456789.123, 2.5, -0.0, float("inf"), float("nan"), 1 / 3]
print(vals)
print([round(v, 2) for v in vals[:6]], round(2.675, 2), round(0.5), round(1.5), round(-2.5))
print(math.isclose(0.1 + 0.2, 0.3), math.floor(-2.5), math.ceil(2.1), math.trunc(-3.9))
print(f"{1e21:f}"[:10], f"{0.000123:.2e}", f"{12345.6789:,.2f}", str(1e100), repr(1.0))
print(float.fromhex("0x1.8p1"), (2.5).hex(), (0.75).as_integer_ratio(), 7.0.is_integer())
