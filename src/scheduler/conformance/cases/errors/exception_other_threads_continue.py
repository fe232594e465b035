import threading
import time

results = []

def ok(i):
    time.sleep(0.05)
    results.append(i)

def fail():
    raise RuntimeError("fail fast")

ts = [threading.Thread(target=ok, args=(i,)) for i in range(3)] + [threading.Thread(target=fail, name="failer")]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results))
