"""Calibration of the extra cost of name/attribute/item accesses (see ../COST.md).

The VM reports only how many instructions ran, so the scheduler charges a flat cost per
instruction plus a surcharge per traced access (LOAD_GLOBAL/STORE_GLOBAL, *_NAME, *_ATTR,
subscripts). This times loops that differ in their accesses and derives the surcharge
relative to the all-local loop `total += i * i`.
"""
import sys
import time

N = 1_000_000
counter = 0


class Box:
    def __init__(self):
        self.x = 0


def local_loop():
    total = 0
    for i in range(N):
        total += i * i          # 9 instructions, no access


def global_loop():
    global counter
    for _ in range(N):
        counter += 1            # 7 instructions, 2 accesses


def attr_loop(b):
    for _ in range(N):
        b.x += 1                # 8 instructions (LOAD_FAST, COPY, LOAD_ATTR, ..., STORE_ATTR), 2 accesses


def item_loop(d):
    for _ in range(N):
        d['k'] += 1             # 10 instructions (…BINARY_SUBSCR … STORE_SUBSCR), 2 accesses


def best(fn, *args):
    times = []
    for _ in range(7):
        t0 = time.perf_counter_ns()
        fn(*args)
        times.append(time.perf_counter_ns() - t0)
    return min(times) / N


loc = best(local_loop)
glo = best(global_loop)
att = best(attr_loop, Box())
itm = best(item_loop, {'k': 0})
per_instr = loc / 9
surcharge = lambda ns, n_instr: (ns - n_instr * per_instr) / 2
print(f"{sys.version.split()[0]}: local {loc:.1f} ns/iter ({per_instr:.2f}/instr); "
      f"global {glo:.1f} (+{surcharge(glo, 7):.1f}/access); attr {att:.1f} (+{surcharge(att, 8):.1f}/access); "
      f"item {itm:.1f} (+{surcharge(itm, 10):.1f}/access)")
