import threading

go = threading.Event()
ready = threading.Barrier(4)

def worker():
    ready.wait()
    go.wait()

ts = [threading.Thread(target=worker, name=f"worker-{i}") for i in range(3)]
for t in ts:
    t.start()
ready.wait()
print(threading.active_count())
print(sorted(t.name for t in threading.enumerate()))
go.set()
for t in ts:
    t.join()
print(threading.active_count())
print([t.name for t in threading.enumerate()])
