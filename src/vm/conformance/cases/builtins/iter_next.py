it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration raised")
calls = iter([5, 4, 3, 0, 9])
print(list(iter(lambda: next(calls), 0)))
s = iter("ab")
print(iter(s) is s, list(s))
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
