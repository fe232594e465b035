import threading
import time

def worker():
    time.sleep(0.2)

threads = [threading.Thread(target=worker, name=f"Worker-{i}") for i in range(3)]
for t in threads: t.start()
for t in sorted(threading.enumerate(), key=lambda t: t.name):
    print(t.name, t.is_alive())
print("active:", threading.active_count())
for t in threads: t.join()
print("active after join:", threading.active_count())
