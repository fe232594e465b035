import threading
import time

barrier = threading.Barrier(3)

def worker(worker_id):
    time.sleep(0.1 * worker_id)
    print(f"Worker {worker_id} reached the barrier")
    barrier.wait()
    time.sleep(0.1 * worker_id)
    print(f"Worker {worker_id} passed the barrier")

threads = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in threads: t.start()
for t in threads: t.join()
