import threading
import time

ev = threading.Event()

def worker():
    ev.wait()

t = threading.Thread(target=worker)
print(t.is_alive())
t.start()
print(t.is_alive())
ev.set()
t.join()
print(t.is_alive())
