import threading
import time
from concurrent.futures import ThreadPoolExecutor

class RateLimiter:
    def __init__(self, max_calls, period):
        self.semaphore = threading.Semaphore(max_calls)
        self.period = period

    def __enter__(self):
        self.semaphore.acquire()
        return self

    def __exit__(self, *args):
        threading.Timer(self.period, self.semaphore.release).start()

limiter = RateLimiter(max_calls=2, period=0.5)

def rate_limited_fetch(url):
    with limiter:
        return f"fetched {url}"

start = time.time()
with ThreadPoolExecutor(max_workers=4) as ex:
    results = list(ex.map(rate_limited_fetch, [f"/page/{i}" for i in range(6)]))
print(results)
print(f"took at least 1.0s: {time.time() - start >= 1.0}")
