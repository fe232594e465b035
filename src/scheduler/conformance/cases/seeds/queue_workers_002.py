import threading
import queue
import time

task_queue = queue.Queue()
results = []
results_lock = threading.Lock()

def worker():
    while True:
        item = task_queue.get()
        if item is None:
            break
        time.sleep(0.01)
        with results_lock:
            results.append(item * 2)
        task_queue.task_done()

threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads: t.start()
for item in range(20):
    task_queue.put(item)
task_queue.join()
for _ in threads:
    task_queue.put(None)
for t in threads: t.join()
print(sorted(results))
