print(sorted([3, 1, 2]), sorted("cab"), sorted({3: "a", 1: "b"}), sorted([1, 2, 3], reverse=True))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))))
data = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(data, key=lambda t: t[1]), sorted(data))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print("TypeError:", e)
