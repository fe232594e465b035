import threading
import time

sem = threading.Semaphore(3)
lock = threading.Lock()
active = 0
peak = 0

def worker():
    global active, peak
    with sem:
        with lock:
            active += 1
            peak = max(peak, active)
        time.sleep(0.05)
        with lock:
            active -= 1

ts = [threading.Thread(target=worker) for _ in range(10)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("peak:", peak, "active:", active)
