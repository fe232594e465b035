import queue
import threading

tasks = queue.Queue()
results = queue.Queue()

def worker():
    while True:
        n = tasks.get()
        if n is None:
            tasks.task_done()
            break
        results.put((n, n ** 2))
        tasks.task_done()

workers = [threading.Thread(target=worker) for _ in range(4)]
for w in workers:
    w.start()
for n in range(12):
    tasks.put(n)
for _ in workers:
    tasks.put(None)
tasks.join()
for w in workers:
    w.join()
out = []
while not results.empty():
    out.append(results.get())
print(sorted(out))
