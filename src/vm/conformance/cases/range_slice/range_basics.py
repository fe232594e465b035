print(list(range(5)), list(range(2, 8)), list(range(10, 0, -3)), list(range(0)))
r = range(0, 20, 3)
print(r, len(r), r[2], r[-1], r[1:4], 9 in r, 10 in r, r.index(9), r.count(6))
print(range(5) == range(0, 5), range(0) == range(2, 2), list(reversed(range(3))))
print(sum(range(101)), max(range(7)), list(range(-3, 3)))
try:
    range(1, 5, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
