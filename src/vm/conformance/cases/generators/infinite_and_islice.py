import itertools
def naturals():
    n = 0
    while True:
        yield n
        n += 1
def primes():
    found = []
    for n in naturals():
        if n > 1 and all(n % p for p in found):
            found.append(n)
            yield n
print(list(itertools.islice(primes(), 15)))
print(list(itertools.takewhile(lambda x: x < 20, (n * n for n in naturals()))))
