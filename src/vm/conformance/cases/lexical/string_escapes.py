s = "tab:\there\nnewline, quote:\" backslash:\\ bell-free"
print(s)
print('\x41\x42\u00e9\u4e2d\N{GREEK SMALL LETTER ALPHA}\101')
print(len("\n\t\\"), repr("\0\x7f"))
print("it's", 'say "hi"', "\'\"")
print(repr('a\rb'), repr("é"), ascii("é中"))
