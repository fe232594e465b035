import threading

lock = threading.Lock()
total = 0

def add(n):
    global total
    with lock:
        total += n

ts = [threading.Thread(target=add, args=(i,)) for i in range(100)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(total)
