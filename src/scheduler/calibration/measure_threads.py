"""The threaded programs of reference/gil.md timed on real CPython (see ../COST.md).

Usage: python3 measure_threads.py [RUNS]
For each variant: 5 threads updating a shared counter; prints the final count, the elapsed
time, and when each worker ran its loop (ms since the start), which shows how the GIL passed
between them. Also runs in Interleave (`interleave run measure_threads.py`), on the virtual
clock, for a side-by-side comparison.
"""
import sys
import threading
import time

RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 3
counter = 0


def add_one(x):
    return x + 1


def plain(n):
    global counter
    for _ in range(n):
        counter += 1


def helper(n):
    global counter
    for _ in range(n):
        counter = add_one(counter)


def sleep_zero(n):
    global counter
    for _ in range(n):
        tmp = counter
        time.sleep(0)
        counter = tmp + 1


VARIANTS = [
    ("counter += 1", plain, 100_000, 0.005),
    ("add_one", helper, 100_000, 0.005),
    ("add_one, switchinterval 1e-6", helper, 100_000, 1e-6),
    ("read, sleep(0), write", sleep_zero, 2_000, 0.005),
]


def run(fn, n):
    global counter
    counter = 0
    t0 = time.perf_counter()
    spans = {}

    def work(k):
        s = time.perf_counter()
        fn(n)
        spans[k] = f"{(s - t0) * 1000:.1f}-{(time.perf_counter() - t0) * 1000:.1f}"

    ts = [threading.Thread(target=work, args=(k,)) for k in range(5)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    elapsed = (time.perf_counter() - t0) * 1000
    return counter, elapsed, [spans[k] for k in range(5)]


print(sys.version.split()[0])
for name, fn, n, interval in VARIANTS:
    sys.setswitchinterval(interval)
    for _ in range(RUNS):
        count, ms, spans = run(fn, n)
        print(f"{name}: {count} of {5 * n} in {ms:.1f} ms; workers {' '.join(spans)}")
sys.setswitchinterval(0.005)
