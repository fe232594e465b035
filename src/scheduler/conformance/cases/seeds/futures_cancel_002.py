from concurrent.futures import ThreadPoolExecutor
import time

def long_task(n):
    time.sleep(1)
    return n

with ThreadPoolExecutor(max_workers=2) as executor:
    futures = [executor.submit(long_task, i) for i in range(6)]
    cancelled = [f.cancel() for f in futures[2:]]
    print(cancelled)
    print([f.result() for f in futures[:2]])
    print([f.cancelled() for f in futures])
