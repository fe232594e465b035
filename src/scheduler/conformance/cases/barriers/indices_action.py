import threading

calls = []
b = threading.Barrier(4, action=lambda: calls.append("action"))
indices = []
lock = threading.Lock()

def worker():
    i = b.wait()
    with lock:
        indices.append(i)

ts = [threading.Thread(target=worker) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(indices), calls)
