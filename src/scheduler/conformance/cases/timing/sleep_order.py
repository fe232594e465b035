import threading
import time

order = []

def sleeper(name, s):
    time.sleep(s)
    order.append(name)

ts = [threading.Thread(target=sleeper, args=(n, s)) for n, s in [("c", 0.3), ("a", 0.1), ("b", 0.2)]]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(order)
