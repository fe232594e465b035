s = {1, 2, 3}
s |= {4}
s &= {1, 2, 4, 8}
s -= {1}
s ^= {2, 16}
print(sorted(s))
t = set(range(5))
t.intersection_update([1, 2, 3, 10])
t.difference_update({2})
t.symmetric_difference_update({3, 7})
print(t)
u = {1}
v = u
u |= {2}
print(v, u is v)
