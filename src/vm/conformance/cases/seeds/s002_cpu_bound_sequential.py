# Seed 002 ("The Global Interpreter Lock"): the cpu_bound function, verbatim, run
# sequentially (the threaded comparison lives in the threading suite) with a smaller n.
def cpu_bound(n):
    """CPU-bound: GIL prevents parallel execution"""
    total = 0
    for i in range(n):
        total += i * i
    return total

results = [cpu_bound(10_000) for _ in range(4)]
print(results)
print(cpu_bound.__doc__)
