counter = 0

def worker(lock):
    global counter
    with lock:
        counter += 1
