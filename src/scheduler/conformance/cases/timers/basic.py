import threading
import time

log = []
t = threading.Timer(0.1, log.append, args=("fired",))
print(t.name.startswith("Thread-"), "(" not in t.name)
t.start()
t.join()
print(log)
c = threading.Timer(0.1, log.append, args=("cancelled",))
c.start()
c.cancel()
c.join()
print(log)
