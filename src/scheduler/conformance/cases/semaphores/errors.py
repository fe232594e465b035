import threading

try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
s = threading.Semaphore(0)
print(s.acquire(blocking=False))
print(s.acquire(timeout=0.01))
try:
    s.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
s.release(3)
print([s.acquire(False) for _ in range(4)])
try:
    s.release(0)
except ValueError as e:
    print("ValueError:", e)
b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
