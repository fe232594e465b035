# Seed 002 ("Collecting Results from Threads"): compute and the results dict, with the
# lock and threads removed (direct calls), so the expected comment is checked.
results = {}

def compute(task_id, value):
    result = value ** 2
    results[task_id] = result

for i in range(5):
    compute(i, i * 10)

print(results)  # {0: 0, 1: 100, 2: 400, 3: 900, 4: 1600}
