import threading
import time

def background_monitor():
    while True:
        time.sleep(1)
        print("monitoring...")

monitor = threading.Thread(target=background_monitor, daemon=True)
monitor.start()
time.sleep(2.5)
print("Main thread exiting; daemon thread stops with it")
