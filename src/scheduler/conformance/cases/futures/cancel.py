from concurrent.futures import ThreadPoolExecutor, CancelledError
import threading

gate = threading.Event()
with ThreadPoolExecutor(max_workers=1) as ex:
    first = ex.submit(gate.wait)
    second = ex.submit(lambda: "never")
    print(second.cancel(), second.cancelled(), second.done())
    print(first.cancel())
    gate.set()
    print(first.result())
    try:
        second.result()
    except CancelledError:
        print("CancelledError")
