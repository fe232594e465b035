import logging
import threading
import sys

logging.basicConfig(level=logging.INFO, format="%(threadName)s: %(levelname)s %(message)s", stream=sys.stdout)
lock = threading.Lock()

def worker(n):
    logging.info("working on %d", n)
    logging.debug("hidden at INFO level")

for i in range(3):
    t = threading.Thread(target=worker, args=(i,), name=f"worker-{i}")
    t.start()
    t.join()
logging.warning("all done")
