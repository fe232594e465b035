import threading

try:
    threading.Barrier(0)
except ValueError as e:
    print("ValueError:", e)
print(issubclass(threading.BrokenBarrierError, RuntimeError))
b = threading.Barrier(1)
print(b.wait(), b.wait())
