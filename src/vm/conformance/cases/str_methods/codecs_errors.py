s = "Grüße, 世界 😀"
for enc in ["utf-8", "latin-1", "ascii"]:
    for err in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
        try:
            print(enc, err, s.encode(enc, err))
        except UnicodeEncodeError as e:
            print(enc, err, "error:", e, e.start, e.end, e.reason)
data = "naïve ☃".encode("utf-8")
print(data.decode("ascii", "replace"), data.decode("ascii", "ignore"), data.decode("latin-1"))
for bad in [b"\xc3", b"\xe2\x98", b"a\x80b", b"\xed\xa0\x80"]:
    try:
        bad.decode("utf-8")
    except UnicodeDecodeError as e:
        print(e)
print(b"a\xffb".decode("utf-8", "backslashreplace"), b"a\xffb".decode("utf-8", "replace"))
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(e)
print("ABC".encode("UTF8"), "abc".encode(encoding="ascii"), str(b"hi", "utf-8"))
