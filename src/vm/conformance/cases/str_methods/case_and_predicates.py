s = "Hello World from Python"
print(s.upper(), s.lower(), s.swapcase(), s.title(), "hello world".capitalize())
print("ß".upper(), "ǅ".lower(), "they're bill's".title(), "straße".casefold())
for t in ["abc", "ABC", "Abc", "123", "12.5", "  ", "", "a1", "Title Case", "x_y"]:
    print(repr(t), t.isalpha(), t.isupper(), t.islower(), t.isdigit(), t.isnumeric(),
          t.isspace(), t.isalnum(), t.istitle(), t.isidentifier())
print("²".isdigit(), "²".isdecimal(), "½".isnumeric(), "abc".isascii(), "é".isascii())
