import threading

class Counter(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.total = 0

    def run(self):
        for i in range(self.n):
            self.total += i

ts = [Counter(n) for n in (10, 100, 1000)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print([t.total for t in ts])
print([t.name.startswith("Thread-") for t in ts])
