from collections import defaultdict
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
by_letter = defaultdict(list)
for w in words:
    by_letter[w[0]].append(w)
print(dict(by_letter))
counts = defaultdict(int)
for w in words:
    counts[len(w)] += 1
print(sorted(counts.items()))
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print({k: dict(v) for k, v in nested.items()})
print(by_letter["z"], len(by_letter))
