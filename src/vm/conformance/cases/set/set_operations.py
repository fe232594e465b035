a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([9]), a.intersection(b, {4}), a.difference({1}), a.symmetric_difference(b))
print({1, 2} <= a, {1, 2} < {1, 2}, a >= {1}, a.issubset(range(10)), a.isdisjoint({7, 8}))
s = set()
s.add(3); s.add(3); s.update([1, 2], (5,))
print(s, len(s))
s.discard(10); s.remove(1)
print(s, s.pop() in {2, 3, 5})
print(sorted({x % 4 for x in range(20)}))
