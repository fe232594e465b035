inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, inf + 1, inf - inf, inf * 0, -inf < 0 < inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf == inf)
import math
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1e308), math.isfinite(inf))
print(1e308 * 10, -1e308 * 10, 2.0 ** 1023 * 2 if False else 2.0 ** 1023)
print(float("Infinity"), float("-iNF"), float("nan") in [nan], nan in [nan])
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
print(max(1, nan), max(nan, 1), sorted([3, 1, 2]))
