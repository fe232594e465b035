import threading

b = threading.Barrier(3)
lock = threading.Lock()
phases = []

def worker(i):
    for phase in range(3):
        with lock:
            phases.append((phase, i))
        b.wait()

ts = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
# every thread finishes a phase before anyone starts the next
print([p for p, _ in phases])
print(b.parties, b.n_waiting, b.broken)
