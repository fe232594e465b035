print(sum([1, 2, 3]), sum([0.5, 0.25]), sum([[1], [2]], []), sum(range(5), 10), sum([], start=7))
print(min(3, 1, 2), max("apple", "pear", key=len), min([4, 5], default=0), max([], default="none"))
print(max([1, 5, 3]), min("hello"), max({"a": 3, "b": 1}, key=lambda k: -ord(k)))
print(max(2, 2.0), max(2.0, 2), min([(1, "b"), (1, "a")]))
for bad in [lambda: min([]), lambda: max(), lambda: sum(["a", "b"]), lambda: sum([1], "")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
