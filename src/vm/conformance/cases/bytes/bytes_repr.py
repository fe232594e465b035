print(bytes(range(0, 256, 17)))
print(repr(b"'"), repr(b'"'), repr(b"'\""), b"\\")
print(bytes([0x7f, 0x80, 0x0a, 0x0d, 0x09]))
print(str(b"x"), b"%b" % b"raw", bytes(b"copy"))
