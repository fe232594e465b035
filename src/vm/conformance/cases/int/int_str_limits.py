x = 7 ** 500
s = str(x)
print(len(s), s[:20], s[-20:])
print(int(s) == x, int("9" * 1000) % 97)
y = -(10 ** 50) + 1
print(y, abs(y), y.bit_length())
print(10 ** 30 == 1e30, 2 ** 53 + 1 == float(2 ** 53 + 1), float(2**70))
