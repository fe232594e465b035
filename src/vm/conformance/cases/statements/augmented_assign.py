x = 10
x += 5; x -= 3; x *= 4; x //= 5; x %= 7; x **= 3
print(x)
y = 7.5
y /= 2
print(y)
bits = 0b1100
bits &= 0b1010; print(bin(bits))
bits |= 0b0001; print(bin(bits))
bits ^= 0b1111; print(bin(bits))
bits <<= 3; print(bits)
bits >>= 2; print(bits)
s = "ab"; s *= 3; print(s)
lst = [1]; alias = lst
lst += [2, 3]
print(alias, lst is alias)
t = (1,); t2 = t
t += (2,)
print(t, t2)
d = {"n": 1}; d["n"] += 41; print(d)
