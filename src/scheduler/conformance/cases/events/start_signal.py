import threading

start = threading.Event()
results = []
lock = threading.Lock()

def runner(i):
    start.wait()
    with lock:
        results.append(i)

ts = [threading.Thread(target=runner, args=(i,)) for i in range(6)]
for t in ts:
    t.start()
print("released:", len(results))
start.set()
for t in ts:
    t.join()
print(sorted(results))
