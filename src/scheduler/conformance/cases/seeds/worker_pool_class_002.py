import threading
import queue

class WorkerPool:
    def __init__(self, num_workers):
        self.tasks = queue.Queue()
        self.results = queue.Queue()
        self.workers = []
        for _ in range(num_workers):
            t = threading.Thread(target=self._worker, daemon=True)
            t.start()
            self.workers.append(t)

    def _worker(self):
        while True:
            func, args = self.tasks.get()
            try:
                self.results.put(func(*args))
            finally:
                self.tasks.task_done()

    def submit(self, func, *args):
        self.tasks.put((func, args))

    def wait(self):
        self.tasks.join()
        out = []
        while not self.results.empty():
            out.append(self.results.get())
        return out

pool = WorkerPool(3)
for i in range(10):
    pool.submit(pow, i, 2)
print(sorted(pool.wait()))
