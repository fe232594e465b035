print(5 & 3, 5 | 3, 5 ^ 3, ~5, 5 << 2, 5 >> 1, -5 >> 1, -1 << 4)
print(1 << 100, (1 << 100) >> 98, -(1 << 70) & 0xFF)
print(bin(0b1011 & ~0b10), hex(0xF0 | 0x0F), 0xFF ^ -1)
print(True & False, True | False, True ^ True, type(True & True).__name__)
