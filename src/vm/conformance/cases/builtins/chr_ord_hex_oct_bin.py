print(chr(65), chr(8364), chr(0x1F600), ord("A"), ord("€"), ord("\n"))
print(hex(255), hex(-1), oct(8), oct(-8), bin(10), bin(-10), bin(0))
print(int(hex(1000), 16), int(oct(1000), 8), int(bin(1000), 2))
for bad in [lambda: chr(-1), lambda: chr(0x110000), lambda: ord("ab"), lambda: ord(""), lambda: hex(1.5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
