import threading
import time

db_semaphore = threading.Semaphore(3)
lock = threading.Lock()
active = []
peak = [0]

def query_database(query_id):
    with db_semaphore:
        with lock:
            active.append(query_id)
            peak[0] = max(peak[0], len(active))
        time.sleep(0.5)  # simulate query
        with lock:
            active.remove(query_id)

threads = [threading.Thread(target=query_database, args=(i,)) for i in range(10)]
start = time.time()
for t in threads: t.start()
for t in threads: t.join()
print(f"max concurrent queries: {peak[0]}")
print(f"elapsed: {time.time() - start:.1f}s")
