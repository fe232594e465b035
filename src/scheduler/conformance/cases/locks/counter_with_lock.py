import threading

counter = 0
lock = threading.Lock()

def increment(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1

ts = [threading.Thread(target=increment, args=(20000,)) for _ in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(f"Expected: 100000, Got: {counter}")
