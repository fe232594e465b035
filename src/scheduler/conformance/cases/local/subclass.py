import threading

class Ctx(threading.local):
    def __init__(self, tag):
        self.tag = tag
        self.items = []

ctx = Ctx("init")
res = []
lock = threading.Lock()

def worker(i):
    ctx.items.append(i)
    with lock:
        res.append((ctx.tag, list(ctx.items)))

ts = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(res))
print(ctx.items)
