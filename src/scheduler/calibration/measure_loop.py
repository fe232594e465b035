"""Calibration run for the scheduler's instruction cost (see ../COST.md).

Times a CPU-bound loop `total += i * i` inside a function and at module level, and counts
the bytecode instructions one iteration executes, so cost per instruction = ns/iter / instrs.
Run with each CPython under /root/.pyenv/versions/*/bin/python3.
"""
import dis
import sys
import time

N = 2_000_000


def loop():
    total = 0
    for i in range(N):
        total += i * i
    return total


def body_instructions(fn):
    # Instructions from FOR_ITER up to and including the backward jump = one iteration.
    ins = list(dis.get_instructions(fn))
    start = next(k for k, x in enumerate(ins) if x.opname == 'FOR_ITER')
    end = next(k for k, x in enumerate(ins) if x.opname in ('JUMP_BACKWARD', 'JUMP_ABSOLUTE') and k > start)
    return end - start + 1


best = min(
    (lambda t0: (loop(), time.perf_counter_ns() - t0)[1])(time.perf_counter_ns()) for _ in range(5)
)
per_iter = best / N
n_ins = body_instructions(loop)
print(f"{sys.version.split()[0]}: {per_iter:.1f} ns/iteration, {n_ins} instructions/iteration, "
      f"{per_iter / n_ins:.2f} ns/instruction")
