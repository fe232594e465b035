def countdown(n):
    print("start")
    while n > 0:
        yield n
        n -= 1
    print("end")
    return "done"
g = countdown(3)
print(type(g).__name__)
for v in g:
    print(v)
g2 = countdown(1)
print(next(g2))
try:
    next(g2)
except StopIteration as e:
    print("StopIteration value:", e.value)
