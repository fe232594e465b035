import queue
import threading
import time

q = queue.Queue(maxsize=1)
log = []

def producer():
    for i in range(3):
        q.put(i)
        log.append(f"put {i}")

def consumer():
    for _ in range(3):
        time.sleep(0.1)
        log.append(f"got {q.get()}")

p = threading.Thread(target=producer)
c = threading.Thread(target=consumer)
p.start(); c.start()
p.join(); c.join()
print(log)
