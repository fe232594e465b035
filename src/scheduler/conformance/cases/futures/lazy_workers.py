from concurrent.futures import ThreadPoolExecutor
import threading

before = threading.active_count()
ex = ThreadPoolExecutor(max_workers=4)
print(threading.active_count() - before)
ex.submit(lambda: None).result()
print(threading.active_count() - before)
for _ in range(10):
    ex.submit(lambda: None).result()
print(threading.active_count() - before)
ex.shutdown()
print(threading.active_count() - before)
