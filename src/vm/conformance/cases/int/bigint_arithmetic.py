a = 2 ** 200
b = 3 ** 120
print(a)
print(b)
print(a + b, a - b)
print(a * b)
print(a // b, a % b)
print(-a // 7, -a % 7, divmod(a, -b))
print(a ** 2 // b ** 3)
