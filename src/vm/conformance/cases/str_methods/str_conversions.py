print(str(42), str(-3.5), str([1, "a"]), str((1,)), str({"k": None}), str(b"x"))
print(repr("it's"), repr('say "x"'), repr("both ' and \""), repr("\\"))
print(int("  -42  "), int("ff", 16), int("0b101", 0), int("0o17", 0), int("z", 36), int("1_000"))
print(float("1e3"), float(" -2.5 "), float("inf"), float("-nan"), float("1_0.5"))
print(str(True), str(None), bool("False"), bool(""))
for bad in ["", "1.5", "0x10"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
