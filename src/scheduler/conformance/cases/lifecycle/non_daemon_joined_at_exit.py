import threading
import time

def worker():
    time.sleep(0.1)
    print("worker finished")

threading.Thread(target=worker).start()
print("main done")
