n = 255
print(n.bit_length(), n.bit_count(), (-n).bit_length(), n.to_bytes(2, "big"))
print(int(3.99), int(-3.99), int("  12  "), int("-0x1f", 16), int("11", 2), int(True))
print(abs(-7), pow(2, 10), pow(2, 100, 1000), pow(3, -1, 7), (10).conjugate(), (7).real, (7).imag)
print(int.__name__, isinstance(True, int), (5).numerator, (5).denominator, (6).as_integer_ratio())
print(hex(-255), oct(64), bin(-5), hex(2**64))
print(round(1234, -2), round(1250, -2), round(-1250, -2), round(7))
