import time

start = time.perf_counter()
for s in (0.1, 0.2, 0.3):
    time.sleep(s)
print(f"{time.perf_counter() - start:.1f}s")
