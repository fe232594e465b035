import threading

lock = threading.Lock()
log = []

def leaf(depth, i):
    with lock:
        log.append((depth, i))

def branch(depth):
    kids = [threading.Thread(target=leaf, args=(depth, i)) for i in range(3)]
    for k in kids:
        k.start()
    for k in kids:
        k.join()

ts = [threading.Thread(target=branch, args=(d,)) for d in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(log))
print(len(log))
