class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{name} likes {food}".format_map(Default(name="Ana")))
print("{0:>4}{1:<4}|".format("a", "b"))
print("{:08.3f}".format(-3.14159), "{:+.1e}".format(12345.678))
print("{:c}".format(9731), "{:n}".format(1234))
print("{0!s:>5}|{0!r:>5}".format("x"))
