import re
p = re.compile(r"hello", re.IGNORECASE)
print(p.match("HeLLo world"), p.pattern, p.flags & re.I != 0, p.groups)
print(re.findall(r"^b.", "ab\nbc\nbd", re.MULTILINE))
print(re.search(r"a.c", "a\nc"), re.search(r"a.c", "a\nc", re.DOTALL).group())
v = re.compile(r"""
    (\d{3})   # area code
    [-.\s]?
    (\d{4})   # number
""", re.VERBOSE)
print(v.search("call 555.1234").groups())
print(re.compile(r"\d+"), re.compile("a", re.I | re.M))
print(p.search("say HELLO", 2).span(), p.match("xhello", 1).group())
print(re.escape("1.5*2+[x]"), re.I | re.S, repr(re.A))
print(re.findall(r"\w+", "café naïve"), re.findall(r"\w+", "café", re.ASCII))
