# Seed 002 (benchmark section): cpu_task, verbatim, called directly instead of via a pool.
def cpu_task(n=2_000_000):
    return sum(i * i for i in range(n))

NUM_TASKS = 20
print(cpu_task(1000), cpu_task(n=10))
print(sum(cpu_task(100) for _ in range(NUM_TASKS)))
