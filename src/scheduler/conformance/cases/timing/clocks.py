import time

a = time.monotonic()
b = time.perf_counter()
c = time.time()
d = time.time_ns()
time.sleep(0.25)
print(round(time.monotonic() - a, 1), round(time.perf_counter() - b, 1), round(time.time() - c, 1))
print(round((time.time_ns() - d) / 1e9, 1))
print(type(time.time_ns()).__name__, type(time.monotonic()).__name__)
