import threading
import time

stop = threading.Event()
ticks = []

def ticker():
    while not stop.is_set():
        ticks.append(1)
        stop.wait(0.1)

t = threading.Thread(target=ticker)
t.start()
time.sleep(0.25)
stop.set()
t.join()
print(len(ticks))
