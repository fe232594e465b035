import threading

results = {}
lock = threading.Lock()

def compute(task_id, value):
    result = value ** 2
    with lock:
        results[task_id] = result

threads = []
for i in range(5):
    t = threading.Thread(target=compute, args=(i, i * 10))
    threads.append(t)
    t.start()
for t in threads:
    t.join()
print(results == {i: (i * 10) ** 2 for i in range(5)})
print(sorted(results.items()))
