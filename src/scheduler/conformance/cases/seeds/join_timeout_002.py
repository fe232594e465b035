import threading
import time

def slow_task():
    time.sleep(5)
    print("slow task finished")

t = threading.Thread(target=slow_task, daemon=True)
t.start()
t.join(timeout=2)
if t.is_alive():
    print("Thread still running after 2 seconds")
