import threading

def worker():
    raise ValueError("something went wrong")

t = threading.Thread(target=worker)
t.start()
t.join()
print("main still running")
