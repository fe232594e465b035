# Sorting with key functions: lambdas, tuples, attributes, stability, reverse.
import random


class Item:
    def __init__(self, name, price, qty):
        self.name = name
        self.price = price
        self.qty = qty


random.seed(3)
items = [Item(f"item{i}", random.randrange(1, 500), random.randrange(0, 40)) for i in range(60_000)]
checks = 0
for rnd in range(2):
    by_price = sorted(items, key=lambda it: it.price)
    by_value = sorted(items, key=lambda it: (-it.price * it.qty, it.name))
    by_name_len = sorted(items, key=lambda it: len(it.name), reverse=True)
    checks += by_price[rnd].price + by_value[rnd].qty + len(by_name_len[rnd].name)
words = [f"w{random.randrange(100_000)}" for _ in range(60_000)]
words.sort(key=str.lower)
pairs = sorted(((w[-1], i) for i, w in enumerate(words)), key=lambda p: p[0])
print(checks, words[:3], pairs[:2], by_value[0].name)
