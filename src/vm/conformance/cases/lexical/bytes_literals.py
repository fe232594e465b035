b = b"abc\x00\xff"
print(b, len(b), b[0], b[-1])
print(rb"\n", B"x", br"raw\d")
print(b"\t" == bytes([9]), b"A" * 3)
print(list(b"hi"), bytes(3), bytes(range(65, 70)))
