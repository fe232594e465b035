print("{} {}".format(1, 2), "{1} {0}".format("a", "b"), "{name}!".format(name="x"))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"), "{:*^9}".format("mid"))
print("{:08.3f} {:+d} {: d} {:,} {:_} {:x} {:#o} {:b}".format(3.14159, 5, 7, 1234567, 1000000, 255, 8, 5))
print("{0[1]} {0[key]} {1.real}".format({1: "one", "key": "k"}, 3))
print("{!r} {!s} {!a}".format("q", "q", "é"), "{{literal}}".format())
print("{:.2%} {:e} {:g} {:.3g}".format(0.256, 12345.678, 0.00001234, 1234567))
print("{:>{w}.{p}f}".format(2.71828, w=10, p=2), format(42, "05d"), format("s", "^5"))
class P:
    def __format__(self, spec):
        return f"P<{spec}>"
print("{:abc}".format(P()), f"{P():xyz}", "{}".format(P()))
try:
    "{} {}".format(1)
except IndexError as e:
    print(type(e).__name__, e)
try:
    "{:d}".format("s")
except ValueError as e:
    print(e)
