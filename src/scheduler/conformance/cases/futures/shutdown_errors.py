from concurrent.futures import ThreadPoolExecutor

ex = ThreadPoolExecutor(max_workers=1)
ex.shutdown()
try:
    ex.submit(print, "x")
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print("ValueError:", e)
