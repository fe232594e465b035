import queue
import threading
import time

q = queue.Queue()

def late_put():
    time.sleep(0.2)
    q.put("late")

threading.Thread(target=late_put).start()
try:
    q.get(timeout=0.05)
except queue.Empty:
    print("nothing yet")
print(q.get(timeout=1))
