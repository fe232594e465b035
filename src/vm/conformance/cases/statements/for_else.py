def find_prime_factor(n):
    for d in range(2, n):
        if n % d == 0:
            print(n, "has factor", d)
            break
    else:
        print(n, "is prime")
for n in (9, 13, 21, 2):
    find_prime_factor(n)
for ch in "":
    print("never")
else:
    print("empty loop still runs else")
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        print(i, j, end="; ")
print()
