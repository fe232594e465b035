word = "naïve"
for i, ch in enumerate(word):
    print(i, ch, ord(ch))
print(len("😀"), "😀".encode("utf-8"), hex(ord("😀")))
print("\u00e9" == "é", "e\u0301" == "é", len("e\u0301"))
print("".join(chr(c) for c in range(0x3b1, 0x3b6)))
print("ǅ".istitle(), "Σ".lower(), "ﬁ".upper())
