import threading

lock = threading.Lock()
print(lock.locked())
print(lock.acquire())
print(lock.locked())
print(lock.acquire(False))
print(lock.acquire(blocking=False))
print(lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    lock.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    lock.acquire(timeout=-5)
except ValueError as e:
    print("ValueError:", e)
with lock:
    print("inside", lock.locked())
print("after", lock.locked())
