from concurrent.futures import ThreadPoolExecutor
import threading

log = []
lock = threading.Lock()

def cb(f):
    with lock:
        log.append(f.result())

with ThreadPoolExecutor(max_workers=2) as ex:
    for i in range(4):
        ex.submit(lambda i=i: i * 3).add_done_callback(cb)
print(sorted(log))
