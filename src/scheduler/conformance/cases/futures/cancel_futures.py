from concurrent.futures import ThreadPoolExecutor
import threading

gate = threading.Event()
ex = ThreadPoolExecutor(max_workers=1)
first = ex.submit(gate.wait, 1)
rest = [ex.submit(lambda: 1) for _ in range(3)]
threading.Timer(0.05, gate.set).start()
ex.shutdown(wait=True, cancel_futures=True)
print(first.result(), [f.cancelled() for f in rest])
