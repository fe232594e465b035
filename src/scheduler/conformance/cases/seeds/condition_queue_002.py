import threading
import time

condition = threading.Condition()
items = []

def producer():
    for i in range(5):
        time.sleep(0.1)
        with condition:
            items.append(i)
            print(f"Produced {i}")
            condition.notify()

def consumer():
    for _ in range(5):
        with condition:
            while not items:
                condition.wait()
            item = items.pop(0)
            print(f"Consumed {item}")

c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start(); p.start()
p.join(); c.join()
