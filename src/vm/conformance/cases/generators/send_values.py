def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total
acc = accumulator()
print(next(acc))
print(acc.send(10))
print(acc.send(5))
try:
    acc.send(None)
except StopIteration as e:
    print("finished with", e.value)
g = accumulator()
try:
    g.send(1)
except TypeError as e:
    print("TypeError:", e)
