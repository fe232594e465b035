data = [4, 9, 16, 25, 7]
import math
roots = [r for x in data if (r := math.isqrt(x)) ** 2 == x]
print(roots, r)
print([y for x in range(5) if (y := x * x) > 4])
total = 0
running = [(total := total + x) for x in range(5)]
print(running, total)
