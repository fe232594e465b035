# Dict and list work: counting, grouping, comprehensions, membership tests.
import random

random.seed(7)
data = [random.randrange(1000) for _ in range(240_000)]
counts = {}
for x in data:
    counts[x] = counts.get(x, 0) + 1
groups = {}
for x in data:
    key = x % 17
    if key not in groups:
        groups[key] = []
    groups[key].append(x)
squares = [x * x for x in data if x % 3 == 0]
lookup = {i: str(i) for i in range(20_000)}
hits = sum(1 for x in data if x in lookup)
top = max(counts.items(), key=lambda kv: (kv[1], -kv[0]))
sizes = [len(groups[k]) for k in sorted(groups)]
print(len(counts), top, sizes[:5], sum(squares) % 1_000_003, hits)
