from concurrent.futures import ThreadPoolExecutor
import threading
import time

def name(_):
    time.sleep(0.05)
    return threading.current_thread().name

with ThreadPoolExecutor(max_workers=3) as ex:
    print(sorted(set(ex.map(name, range(6)))))
with ThreadPoolExecutor(max_workers=2, thread_name_prefix="fetcher") as ex:
    print(sorted(set(ex.map(name, range(4)))))
with ThreadPoolExecutor() as ex:
    print(ex.submit(name, 0).result())
