from collections import deque
import threading
import time

buffer = deque(maxlen=100)
done = threading.Event()

def producer():
    for i in range(50):
        buffer.append(i)
    done.set()

def consumer(out):
    done.wait()
    while buffer:
        out.append(buffer.popleft())

out = []
p = threading.Thread(target=producer)
c = threading.Thread(target=consumer, args=(out,))
c.start(); p.start()
p.join(); c.join()
print(len(out), out[:5], out[-1])
