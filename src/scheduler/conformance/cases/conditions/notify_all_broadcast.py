import threading

cond = threading.Condition()
go = False
woke = []
ready = threading.Semaphore(0)

def waiter(i):
    with cond:
        ready.release()
        while not go:
            cond.wait()
        woke.append(i)

ts = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for t in ts: t.start()
for _ in ts: ready.acquire()
with cond:
    go = True
    cond.notify_all()
for t in ts: t.join()
print(sorted(woke))
