import threading

def task(n):
    print(f"{threading.current_thread().name} handles task {n}")

threads = []
for i in range(3):
    t = threading.Thread(target=task, args=(i,))
    threads.append(t)
for t in threads:
    t.start()
    t.join()
t = threading.Thread(target=task, args=(9,), name="Custom-Worker")
t.start()
t.join()
