import threading

lock = threading.RLock()
total = 0

def fact(n):
    global total
    with lock:
        total += 1
        return 1 if n <= 1 else n * fact(n - 1)

res = []
ts = [threading.Thread(target=lambda k=k: res.append(fact(k))) for k in range(1, 8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(res))
print(total)
