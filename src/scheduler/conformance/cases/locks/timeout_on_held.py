import threading
import time

lock = threading.Lock()
holding = threading.Event()
done = threading.Event()

def holder():
    with lock:
        holding.set()
        done.wait()

t = threading.Thread(target=holder)
t.start()
holding.wait()
start = time.monotonic()
ok = lock.acquire(timeout=0.1)
elapsed = time.monotonic() - start
print(ok, 0.09 < elapsed < 0.5)
done.set()
t.join()
print(lock.acquire(timeout=0.1))
lock.release()
