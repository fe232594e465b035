import threading

lock_a = threading.Lock()
lock_b = threading.Lock()

def safe_acquire():
    acquired_a = lock_a.acquire(timeout=2)
    if not acquired_a:
        return "no a"
    try:
        acquired_b = lock_b.acquire(timeout=2)
        if not acquired_b:
            return "no b"
        try:
            return "both"
        finally:
            lock_b.release()
    finally:
        lock_a.release()

results = []
ts = [threading.Thread(target=lambda: results.append(safe_acquire())) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(results)
print(lock_a.locked(), lock_b.locked())
