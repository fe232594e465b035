s = "naïve café ✓"
b = s.encode("utf-8")
print(b, len(s), len(b))
print(b.decode("utf-8") == s)
print(s.encode("ascii", errors="replace"), s.encode("ascii", "ignore"))
print("abc".encode(), "é".encode("latin-1"), b"\xe9".decode("latin-1"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
