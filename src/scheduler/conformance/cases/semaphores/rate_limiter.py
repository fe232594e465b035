import threading
import time

pool = threading.BoundedSemaphore(2)
done = []
lock = threading.Lock()

def fetch(i):
    with pool:
        time.sleep(0.1)
        with lock:
            done.append(i)

start = time.monotonic()
ts = [threading.Thread(target=fetch, args=(i,)) for i in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
elapsed = time.monotonic() - start
print(sorted(done))
print(0.29 < elapsed < 0.6)
