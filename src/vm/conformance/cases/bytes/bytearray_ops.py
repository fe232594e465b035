ba = bytearray(b"hello")
ba[0] = ord("J")
ba.append(33)
ba.extend(b"??")
print(ba, len(ba), bytes(ba))
del ba[-2:]
ba += b" world"
print(ba, ba.pop(), ba)
ba.reverse()
print(ba, bytearray(3), bytearray([1, 2, 3]))
try:
    ba[0] = 256
except ValueError as e:
    print(e)
