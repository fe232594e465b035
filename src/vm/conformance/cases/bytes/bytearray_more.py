ba = bytearray(b"abcdef")
ba[1:3] = b"XYZ"
print(ba)
ba[::2] = b"123"
print(ba)
del ba[::3]
print(ba, len(ba))
ba.insert(0, 33)
ba.remove(ord("Z"))
print(ba, ba.pop(0), ba)
ba *= 2
print(ba, ba.count(b"1"), ba.upper(), ba.find(b"f"))
ba.clear()
print(ba, bytearray("héllo", "utf-8"), bytearray(b"x") + b"y", b"y" + bytearray(b"x"))
c = ba.copy()
c.extend(range(97, 100))
print(c, c.decode(), bytes(c), c == b"abc", c.hex())
try:
    c.append(300)
except ValueError as e:
    print(e)
try:
    c[10]
except IndexError as e:
    print(e)
