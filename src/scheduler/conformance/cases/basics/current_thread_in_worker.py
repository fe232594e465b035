import threading

seen = []
lock = threading.Lock()

def worker():
    me = threading.current_thread()
    with lock:
        seen.append((me.name, me is threading.main_thread()))

ts = [threading.Thread(target=worker, name=f"w{i}") for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(seen))
