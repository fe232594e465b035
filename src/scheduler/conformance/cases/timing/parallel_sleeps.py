import threading
import time

def download(seconds):
    time.sleep(seconds)

start = time.time()
ts = [threading.Thread(target=download, args=(s,)) for s in (1, 2, 3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(f"{time.time() - start:.1f}s")
