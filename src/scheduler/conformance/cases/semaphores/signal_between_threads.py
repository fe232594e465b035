import threading

items = []
available = threading.Semaphore(0)

def producer():
    for i in range(5):
        items.append(i)
        available.release()

def consumer(out):
    for _ in range(5):
        available.acquire()
        out.append(items.pop(0))

out = []
c = threading.Thread(target=consumer, args=(out,))
c.start()
p = threading.Thread(target=producer)
p.start()
p.join(); c.join()
print(out)
