def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
print(fact(30))
print(fact(52))
print(len(str(fact(200))))
a, b = 0, 1
for _ in range(300):
    a, b = b, a + b
print(a)
print(sum(int(d) for d in str(fact(100))))
