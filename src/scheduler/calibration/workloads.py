"""Calibration workloads: CPU-bound loop shapes timed per iteration (see ../COST.md).

The same file runs on real CPython (record_workloads.py stores the result in
cpython-timings.json) and in Interleave, where time.perf_counter_ns() is the virtual clock;
calibration.test.ts compares the two. Prints one line per workload: `name ns_per_iteration`.
Only the fastest of REPEAT timings counts: on a shared machine the others include waits.
"""
import sys
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
REPEAT = int(sys.argv[2]) if len(sys.argv) > 2 else 5

counter = 0


class Box:
    def __init__(self):
        self.x = 0

    def bump(self, n):
        self.x += n


def add_one(x):
    return x + 1


def local_squares(n):
    total = 0
    for i in range(n):
        total += i * i


def global_increment(n):
    global counter
    for _ in range(n):
        counter += 1


def add_one_calls(n):
    global counter
    for _ in range(n):
        counter = add_one(counter)


def attribute_increment(n):
    b = Box()
    for _ in range(n):
        b.x += 1


def method_calls(n):
    b = Box()
    for i in range(n):
        b.bump(i)


def list_append(n):
    out = []
    for i in range(n):
        out.append(i)


def dict_get_set(n):
    d = {}
    for i in range(n):
        k = i & 15
        d[k] = d.get(k, 0) + 1


def while_loop(n):
    i = 0
    while i < n:
        i += 1


WORKLOADS = [local_squares, global_increment, add_one_calls, attribute_increment,
             method_calls, list_append, dict_get_set, while_loop]

for fn in WORKLOADS:
    best = None
    for _ in range(REPEAT):
        t0 = time.perf_counter_ns()
        fn(N)
        dt = time.perf_counter_ns() - t0
        if best is None or dt < best:
            best = dt
    print(fn.__name__, round(best / N, 1))
