s = "  \t padded \n"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "www.example.com".lstrip("cmowz."), "abc!!?".rstrip("!?"))
print(repr("7".zfill(3)), "-7".zfill(4), "+x".zfill(4), "abc".center(9, "*"), "abc".ljust(6, "."), "abc".rjust(6))
print("prefix_body".removeprefix("prefix_"), "file.txt".removesuffix(".txt"), "same".removeprefix("x"))
print("a\tb\tc".expandtabs(4), repr("ab\tc".expandtabs()))
