import threading
import sys

def worker():
    print("worker runs")

t = threading.Thread(target=worker)
t.start()
t.join()
sys.exit(3)
