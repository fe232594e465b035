print(b"%s-%d" % (b"id", 12))
print("%-6s|%6s|" % ("ab", "cd"))
print("%.3s|%8.3s|" % ("abcdef", "abcdef"))
for v in (0, 1.5, -2.25, 1e10, 123456789012):
    print("%g|%8.2f|%-12.4e|" % (v, v, v))
print("%i %u" % (3, 4))
