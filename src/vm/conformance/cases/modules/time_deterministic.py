import time
start = time.perf_counter()
total = sum(range(10000))
elapsed = time.perf_counter() - start
print(total, elapsed >= 0, isinstance(elapsed, float))
t0 = time.time()
time.sleep(0.01)
print(time.time() - t0 >= 0.009, time.monotonic() > 0)
print(type(time.time_ns()).__name__, time.strftime("%Y-%m-%d", time.gmtime(0)), time.gmtime(86400 * 365).tm_year)
