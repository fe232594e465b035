from concurrent.futures import ThreadPoolExecutor, as_completed

def risky_task(n):
    if n == 3:
        raise ValueError(f"Task {n} failed")
    return n * 10

results = []
with ThreadPoolExecutor(max_workers=4) as executor:
    futures = {executor.submit(risky_task, i): i for i in range(6)}
    for future in as_completed(futures):
        n = futures[future]
        try:
            results.append((n, future.result()))
        except ValueError as e:
            results.append((n, f"Error: {e}"))
for r in sorted(results):
    print(r)
