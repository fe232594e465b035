from concurrent.futures import ThreadPoolExecutor, TimeoutError
import time

with ThreadPoolExecutor(max_workers=2) as ex:
    it = ex.map(time.sleep, [0.01, 0.5], timeout=0.1)
    print(next(it))
    try:
        next(it)
    except TimeoutError:
        print("TimeoutError")
