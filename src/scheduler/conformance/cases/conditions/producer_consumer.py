import threading

items = []
cond = threading.Condition()
consumed = []

def producer():
    for i in range(10):
        with cond:
            items.append(i)
            cond.notify()

def consumer():
    for _ in range(10):
        with cond:
            while not items:
                cond.wait()
            consumed.append(items.pop(0))

c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start(); p.start()
p.join(); c.join()
print(consumed)
