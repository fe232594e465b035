b = b"Hello, World"
print(b.upper(), b.lower(), b.split(b", "), b.replace(b"l", b"L"))
print(b.find(b"o"), b.count(b"l"), b.startswith(b"He"), b[0:5], b[7])
print(b.hex(), bytes.fromhex("48 69"), b"  x ".strip(), b"-".join([b"a", b"b"]))
print(list(b[:3]), b.decode(), b"abc" + b"def", b"ab" * 2, b"a" in b"cat", 97 in b"cat")
print(b.isalpha(), b"123".isdigit(), b"x".isupper(), b.title())
