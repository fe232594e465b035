print(len("hello"), len([1, 2]), len({"a": 1}), len(range(0, 10, 3)), len(set("aab")), len(b"xy"))
for i, ch in enumerate("abc"):
    print(i, ch)
print(list(enumerate(["x", "y"], start=10)))
e = enumerate("hi")
print(next(e), next(e), next(e, None))
try:
    len(5)
except TypeError as err:
    print("TypeError:", err)
