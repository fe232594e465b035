import threading

data = threading.local()
data.value = "main"
out = []
lock = threading.Lock()

def worker(i):
    print_missing = not hasattr(data, "value")
    data.value = i
    with lock:
        out.append((i, data.value, print_missing))

ts = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out))
print(data.value)
