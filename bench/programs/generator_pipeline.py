# A generator pipeline: chained generators, generator expressions, yield from.
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def only_odd(xs):
    for x in xs:
        if x & 1:
            yield x


def squared(xs):
    for x in xs:
        yield x * x


def chunks(xs, size):
    chunk = []
    for x in xs:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def flatten(lists):
    for xs in lists:
        yield from xs


total = sum(squared(only_odd(numbers(1_000_000))))
sums = [sum(c) for c in chunks(numbers(500_000), 64)]
flat = sum(1 for _ in flatten([range(i % 50) for i in range(15_000)]))
gen = max(x % 1000 for x in squared(numbers(300_000)))
print(total, len(sums), sums[-1], flat, gen)
