for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3)]:
    print(a, b, a // b, a % b, divmod(a, b))
for a, b in [(7.5, 2), (-7.5, 2), (7.0, -2.5)]:
    print(a, b, a // b, a % b)
print(2**100 // 3, -(2**100) % 7)
