prices = {"apple": 1.25, "bread": 2.5, "milk": 0.99}
for name in prices:
    print(name, end=" ")
print()
for name, price in sorted(prices.items(), key=lambda kv: kv[1]):
    print(f"{name:>6}: {price:.2f}")
expensive = {k: v for k, v in prices.items() if v > 1}
print(expensive, sum(prices.values()), min(prices, key=prices.get))
for i, (k, v) in enumerate(prices.items(), start=1):
    print(i, k, v)
