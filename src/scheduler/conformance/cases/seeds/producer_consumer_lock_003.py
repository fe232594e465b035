import threading
import time

buffer = []
lock = threading.Lock()
produced_all = threading.Event()
consumed = []

def producer():
    for i in range(10):
        with lock:
            buffer.append(i)
        time.sleep(0.01)
    produced_all.set()

def consumer():
    while True:
        with lock:
            if buffer:
                consumed.append(buffer.pop(0))
                continue
        if produced_all.is_set():
            with lock:
                if not buffer:
                    break
        time.sleep(0.005)

p = threading.Thread(target=producer)
c = threading.Thread(target=consumer)
p.start(); c.start()
p.join(); c.join()
print(consumed)
