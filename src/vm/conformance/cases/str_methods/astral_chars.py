s = "a😀b🎉c"
print(len(s), s[1], s[3], s[-1], s[1:4], s[::-1], s[::2])
print(list(s), [ord(c) for c in s if ord(c) > 1000])
print("".join(reversed(s)), s.upper(), s.count("😀"), "😀" in s)
print(f"[{s:>8}]", f"[{s:^9}]", repr(s), ascii(s))
for i, ch in enumerate("x🐍y"):
    print(i, ch)
print(chr(0x1F40D), hex(ord("🐍")), len(chr(0x10FFFF)), "🐍".encode("utf-8"))
