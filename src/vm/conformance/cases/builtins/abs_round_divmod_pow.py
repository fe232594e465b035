print(abs(-5), abs(3.5), abs(-0.0), abs(True))
print(round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(1234.5678, -2), round(0.5 + 1e-9))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(10**20, 7))
print(pow(2, 8), pow(2, -2), pow(5, 3, 13), pow(-2, 3), pow(2.0, 0.5), pow(0, 0))
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
