from concurrent.futures import ThreadPoolExecutor, as_completed
import time

def task(n):
    time.sleep(0.05 * n)
    return n * 10

with ThreadPoolExecutor(max_workers=4) as ex:
    fs = {ex.submit(task, n): n for n in (3, 1, 2)}
    order = []
    for f in as_completed(fs):
        order.append((fs[f], f.result()))
print(order)
