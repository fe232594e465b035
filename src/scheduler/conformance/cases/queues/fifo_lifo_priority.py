import queue

q = queue.Queue()
for i in (3, 1, 2):
    q.put(i)
print([q.get() for _ in range(3)])
l = queue.LifoQueue()
for i in (3, 1, 2):
    l.put(i)
print([l.get() for _ in range(3)])
p = queue.PriorityQueue()
for item in [(2, "b"), (1, "a"), (3, "c"), (1, "aa")]:
    p.put(item)
print([p.get() for _ in range(4)])
s = queue.SimpleQueue()
s.put("x"); s.put("y")
print(s.get(), s.get(), s.empty(), s.qsize())
