import itertools as it
import functools as ft
import operator
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], operator.mul)))
print(list(it.chain([1], (2, 3), "ab")), list(it.islice(it.count(10, 5), 4)))
print(list(it.product("ab", repeat=2)), list(it.permutations([1, 2, 3], 2))[:4])
print(list(it.combinations("abcd", 2)), list(it.zip_longest("ab", "xyz", fillvalue="-")))
print([(k, list(g)) for k, g in it.groupby("aabbbc")], list(it.pairwise([1, 2, 3])))
print(ft.reduce(operator.add, range(10)), ft.reduce(lambda a, b: a * b, [1, 2, 3, 4], 10))
@ft.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info().hits > 0)
p = ft.partial(int, base=2)
print(p("1010"), sorted(["bb", "a", "ccc"], key=ft.cmp_to_key(lambda a, b: len(a) - len(b))))
