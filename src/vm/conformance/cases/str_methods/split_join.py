print("a,b,,c".split(","), "a b  c ".split(), "  x  ".split(" "))
print("k=v=w".split("=", 1), "k=v=w".rsplit("=", 1), "a.b.c".rsplit(".", maxsplit=1))
print("line1\nline2\r\nline3".splitlines(), "a\nb\n".splitlines(keepends=True))
print("-".join(["x", "y", "z"]), "".join(reversed("abc")), ", ".join(map(str, range(3))))
print("key: value".partition(": "), "no-sep".partition(":"), "a/b/c".rpartition("/"))
try:
    "-".join([1, 2])
except TypeError as e:
    print(e)
try:
    "a".split("")
except ValueError as e:
    print(e)
