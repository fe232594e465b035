a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (3, 4), 5
print(x, y, z)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "abc"
print(init, tail)
[p, q] = [q0, q1] = "xy"
print(p, q, q0, q1)
i = j = k = 0
print(i, j, k)
for n, (c, d) in enumerate([("a", 1), ("b", 2)]):
    print(n, c, d)
