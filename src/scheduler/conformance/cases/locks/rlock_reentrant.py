import threading

rlock = threading.RLock()

def outer():
    with rlock:
        return inner() + 1

def inner():
    with rlock:
        return 41

print(outer())
print(rlock.acquire(), rlock.acquire(), rlock.acquire(blocking=False))
rlock.release()
rlock.release()
rlock.release()
try:
    rlock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
