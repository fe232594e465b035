n = 1_000_000
b = n.to_bytes(4, "big")
print(b, int.from_bytes(b, "big"), n.to_bytes(4, "little"), int.from_bytes(b"\x01\x00", "little"))
print((-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xff", "big", signed=True))
print((255).to_bytes(1, "big"), (1024).bit_length(), (0).bit_length(), (-8).bit_length())
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
