import threading
import time

ev = threading.Event()
seen = []

def waiter():
    for _ in range(3):
        ev.wait()
        seen.append(len(seen))
        ev.clear()

t = threading.Thread(target=waiter)
t.start()
for _ in range(3):
    time.sleep(0.1)
    ev.set()
t.join()
print(seen, ev.is_set())
