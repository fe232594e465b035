from concurrent.futures import ThreadPoolExecutor, as_completed, TimeoutError
import time

with ThreadPoolExecutor(max_workers=2) as ex:
    fs = [ex.submit(time.sleep, 0.01), ex.submit(time.sleep, 2.0)]
    got = 0
    try:
        for f in as_completed(fs, timeout=0.5):
            got += 1
    except TimeoutError as e:
        print("TimeoutError:", e)
    print(got)
