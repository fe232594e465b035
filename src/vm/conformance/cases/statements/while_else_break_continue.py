n = 0
while n < 10:
    n += 1
    if n % 2:
        continue
    if n == 8:
        break
    print("even", n)
else:
    print("not printed")
print("stopped at", n)
m = 3
while m:
    m -= 1
else:
    print("while-else ran, m =", m)
