import queue
import threading

pq = queue.PriorityQueue()
for prio, name in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "urgent2")]:
    pq.put((prio, name))
done = []

def worker():
    while True:
        try:
            prio, name = pq.get_nowait()
        except queue.Empty:
            return
        done.append(name)

t = threading.Thread(target=worker)
t.start()
t.join()
print(done)
