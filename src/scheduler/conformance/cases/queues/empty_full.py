import queue

q = queue.Queue(maxsize=2)
print(q.empty(), q.full(), q.qsize())
q.put(1)
q.put_nowait(2)
print(q.empty(), q.full(), q.qsize())
try:
    q.put(3, block=False)
except queue.Full:
    print("Full")
try:
    q.put(3, timeout=0.05)
except queue.Full:
    print("Full after timeout")
print(q.get_nowait(), q.get())
try:
    q.get_nowait()
except queue.Empty:
    print("Empty")
try:
    q.get(timeout=0.05)
except queue.Empty:
    print("Empty after timeout")
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
try:
    queue.SimpleQueue().get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue Empty")
