import itertools as it
print(list(it.permutations("abc", 2)))
print(list(it.combinations(range(4), 3)))
print(list(it.combinations_with_replacement("ab", 2)))
print(list(it.product("ab", [0, 1])), len(list(it.product(range(3), repeat=3))))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.accumulate([1, 2, 3], lambda a, b: a * b, initial=10)))
