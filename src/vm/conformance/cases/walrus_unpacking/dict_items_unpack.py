scores = {"ann": [90, 85], "bob": [70, 95, 80]}
for name, (first, *others) in scores.items():
    print(name, first, others)
pairs = [(k, v) for k, vs in scores.items() for v in vs if (good := v >= 85)]
print(pairs, good)
(k1, v1), *more = scores.items()
print(k1, v1, len(more))
