import itertools as it
print(list(it.islice(it.count(10, 5), 4)), list(it.islice(it.cycle("ab"), 5)), list(it.repeat("x", 3)))
print(list(it.chain([1, 2], "ab")), list(it.chain.from_iterable([[1], [2, 3]])))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.dropwhile(lambda x: x < 3, [1, 4, 2])))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.filterfalse(str.isdigit, "a1b2")))
print(list(it.zip_longest("abc", [1], fillvalue="-")), list(it.starmap(pow, [(2, 3), (3, 2)])))
print(list(it.pairwise("abcd")), [list(g) for g in it.tee([1, 2], 2)], list(it.batched(range(7), 3)))
for key, group in it.groupby("aaabbcaa"):
    print(key, list(group))
data = sorted(["apple", "avocado", "banana", "blueberry", "cherry"], key=lambda w: w[0])
print({k: list(g) for k, g in it.groupby(data, key=lambda w: w[0])})
