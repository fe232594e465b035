from collections import deque
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, d.pop(), d.popleft(), d)
d.extend([7, 8]); d.extendleft([-1, -2])
print(d, len(d), d[0], d[-1])
d.rotate(2); print(d)
d.rotate(-3); print(d)
last3 = deque(maxlen=3)
for i in range(6):
    last3.append(i)
print(last3, list(last3), last3.maxlen)
print(deque("abc") == deque("abc"), d.count(7), d.index(8))
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
