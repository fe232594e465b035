print(3 + 4.5, 10 / 4, 10 // 4, 10 // 4.0, 2 ** 0.5, 2 ** 2.0, 9 ** 0.5, (-8) ** 2)
print(abs(-2.5), abs(-3), max(3, 3.0), min(3.0, 3), 1 + True + 0.5)
print(int(2.9) + float("1.1"), round(2.675 * 100) / 100, 0.1 * 3 == 0.3)
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(2.9), math.floor(3), type(math.floor(2.5)).__name__)
