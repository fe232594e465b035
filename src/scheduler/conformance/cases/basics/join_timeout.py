import threading
import time

def slow():
    time.sleep(0.5)

t = threading.Thread(target=slow)
t.start()
t.join(timeout=0.05)
print("alive after short join:", t.is_alive())
t.join()
print("alive after full join:", t.is_alive())
