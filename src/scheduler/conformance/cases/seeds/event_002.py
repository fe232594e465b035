import threading
import time

data_ready = threading.Event()
shared = {}

def producer():
    time.sleep(0.2)
    shared["data"] = [1, 2, 3]
    print("Producer: data is ready")
    data_ready.set()

lines = []

def consumer(name):
    data_ready.wait()
    lines.append(f"{name} got {shared['data']}")

cs = [threading.Thread(target=consumer, args=(f"Consumer-{i}",)) for i in range(3)]
for c in cs: c.start()
p = threading.Thread(target=producer)
p.start()
p.join()
for c in cs: c.join()
print("\n".join(sorted(lines)))
