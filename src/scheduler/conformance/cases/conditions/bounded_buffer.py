import threading

class BoundedBuffer:
    def __init__(self, size):
        self.size = size
        self.items = []
        self.cond = threading.Condition()

    def put(self, x):
        with self.cond:
            self.cond.wait_for(lambda: len(self.items) < self.size)
            self.items.append(x)
            self.cond.notify_all()

    def get(self):
        with self.cond:
            self.cond.wait_for(lambda: self.items)
            x = self.items.pop(0)
            self.cond.notify_all()
            return x

buf = BoundedBuffer(2)
got = []

def produce():
    for i in range(20):
        buf.put(i)

def consume():
    for _ in range(20):
        got.append(buf.get())

ts = [threading.Thread(target=produce), threading.Thread(target=consume)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(got)
