path = r"C:\new\table"
print(path, len(path))
print(r"\d+\.\d*", rb"\x00".hex() if False else r"\x00")
print(repr(r"a\'b"), repr(R"\n"))
pattern = r"""multi
line \raw"""
print(pattern)
