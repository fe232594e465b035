import threading
import time

def worker():
    time.sleep(0.1)
    print("worker done after main failed")

threading.Thread(target=worker).start()
raise SystemError("main failed")
