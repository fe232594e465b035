import sys
x = 10 ** 5000
try:
    str(x)
except ValueError as e:
    print(str(e)[:60])
print(len(str(10 ** 4000)), x.bit_length(), (x + 1) % 7, hex(2 ** 70))
print(pow(3, 1000, 10 ** 9 + 7), 2 ** 100 // 3 ** 20, -(2 ** 65) >> 3, (2 ** 64).to_bytes(9, "big"))
print(int.from_bytes(b"\x01\x00", "little"), int("1" * 50) % 97, divmod(-7 ** 30, 13))
