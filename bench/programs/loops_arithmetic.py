# Integer arithmetic in nested loops: the `total += i * i` style hot loop.
def checksum(n):
    total = 0
    for i in range(n):
        for j in range(8):
            total += (i * j) % 7 - (i ^ j) + (i >> 2)
        if total > 1_000_000_007:
            total -= 1_000_000_007
    return total


t = 0
k = 0
while k < 400_000:
    t += k * k % 13
    k += 1
print(checksum(120_000), t)
