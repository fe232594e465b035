import threading

lock = threading.Lock()
try:
    with lock:
        raise ValueError("inside")
except ValueError as e:
    print("caught", e, "locked:", lock.locked())
r = threading.RLock()
try:
    with r:
        with r:
            raise KeyError("k")
except KeyError:
    print("rlock released:", r.acquire(blocking=False))
    r.release()
