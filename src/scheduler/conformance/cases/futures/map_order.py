from concurrent.futures import ThreadPoolExecutor
import time

def slow_double(x):
    time.sleep(0.01 * (5 - x))
    return 2 * x

with ThreadPoolExecutor(max_workers=5) as ex:
    print(list(ex.map(slow_double, range(5))))
    print(list(ex.map(pow, [2, 3, 4], [5, 2, 1])))
