import threading

b = threading.Barrier(2, timeout=0.1)
try:
    b.wait()
except threading.BrokenBarrierError:
    print("BrokenBarrierError")
print(b.broken)
try:
    b.wait()
except threading.BrokenBarrierError as e:
    print("still broken", type(e).__mro__[1].__name__)
b.reset()
print(b.broken)
