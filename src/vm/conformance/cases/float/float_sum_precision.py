import math
vals = [0.1] * 10
print(sum(vals), math.fsum(vals), sum(vals) == 1.0)
print(math.prod([1.5, 2, 4]), math.prod(range(1, 6)))
total = 0.0
for i in range(1, 101):
    total += 1 / i
print(total, round(total, 10))
print(sum([1e100, 1.0, -1e100]), math.fsum([1e100, 1.0, -1e100]))
