import threading

b = threading.Barrier(2)
rounds = []

def worker(name):
    for r in range(5):
        b.wait()
        rounds.append(r)

ts = [threading.Thread(target=worker, args=(n,)) for n in "ab"]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(rounds))
print(b.n_waiting)
