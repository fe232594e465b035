import threading

rlock = threading.RLock()
rlock.acquire()
result = []

def try_it():
    result.append(rlock.acquire(blocking=False))
    try:
        rlock.release()
    except RuntimeError as e:
        result.append(str(e))

t = threading.Thread(target=try_it)
t.start()
t.join()
print(result)
rlock.release()
