import threading

class SafeCache:
    def __init__(self):
        self._data = {}
        self._lock = threading.RLock()

    def get(self, key):
        with self._lock:
            return self._data.get(key)

    def set(self, key, value):
        with self._lock:
            self._data[key] = value

    def get_or_set(self, key, default_fn):
        with self._lock:
            value = self.get(key)  # RLock allows this; a regular Lock would deadlock
            if value is None:
                value = default_fn()
                self.set(key, value)
            return value

cache = SafeCache()
results = []

def worker(i):
    results.append(cache.get_or_set("answer", lambda: 42))
    cache.set(f"k{i}", i)

ts = [threading.Thread(target=worker, args=(i,)) for i in range(5)]
for t in ts: t.start()
for t in ts: t.join()
print(results)
print(sorted(k for k in cache._data))
