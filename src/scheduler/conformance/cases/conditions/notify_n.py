import threading

cond = threading.Condition()
woken = []
waiting = threading.Semaphore(0)

def waiter(i):
    with cond:
        waiting.release()
        cond.wait()
        woken.append(i)

ts = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
for _ in range(5):
    waiting.acquire()
with cond:
    cond.notify(2)
import time
time.sleep(0.1)
with cond:
    print(len(woken))
    cond.notify_all()
for t in ts:
    t.join()
print(sorted(woken))
