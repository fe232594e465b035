import threading

shared = []
lock = threading.Lock()

def producer(tag):
    for i in range(200):
        with lock:
            shared.append((tag, i))

ts = [threading.Thread(target=producer, args=(t,)) for t in "abcd"]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(shared))
for tag in "abcd":
    mine = [i for (t, i) in shared if t == tag]
    print(tag, mine == list(range(200)))
