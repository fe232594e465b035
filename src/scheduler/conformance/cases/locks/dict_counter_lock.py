import threading

counts = {}
lock = threading.Lock()

def count(words):
    for w in words:
        with lock:
            counts[w] = counts.get(w, 0) + 1

text = "the quick brown fox jumps over the lazy dog the end".split()
ts = [threading.Thread(target=count, args=(text,)) for _ in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for k in sorted(counts):
    print(k, counts[k])
