print(1_000_000, 0x_FF, 0o777, 0b1010_1010)
print(0xdeadbeef, 0O17, 0B11, 0XAB)
print(00, 0_0, 0_00)
big = 123_456_789_012_345_678_901_234_567_890
print(big, type(big).__name__)
print(-0x10, +0b1, ~0o7)
