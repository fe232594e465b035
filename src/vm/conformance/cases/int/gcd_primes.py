import math
def primes_upto(n):
    sieve = [True] * (n + 1)
    sieve[0] = sieve[1] = False
    for i in range(2, math.isqrt(n) + 1):
        if sieve[i]:
            sieve[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(sieve) if p]
ps = primes_upto(100)
print(ps, len(primes_upto(10000)))
print(math.gcd(2 ** 40, 6 ** 20), math.lcm(4, 6, 10), math.gcd(), math.gcd(0, 5))
print(math.comb(50, 25), math.perm(10, 3), math.factorial(25))
