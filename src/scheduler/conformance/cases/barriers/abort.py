import threading

b = threading.Barrier(3)
out = []

def worker():
    try:
        b.wait()
        out.append("passed")
    except threading.BrokenBarrierError:
        out.append("broken")

ts = [threading.Thread(target=worker) for _ in range(2)]
for t in ts:
    t.start()
import time
time.sleep(0.1)
print(b.n_waiting)
b.abort()
for t in ts:
    t.join()
print(out, b.broken)
