print(format(3.14159, ".2f"), format(42, "05d"), format("x", "^5"), format(255, "x"))
print("{} and {}".format("a", "b"), "{1} {0} {1}".format("x", "y"))
print("{name} is {age:>4}".format(name="Bo", age=7))
print("{0[1]} {0[0]}".format(["first", "second"]), "{p.real}".format(p=3))
print("{:,}".format(10**9), "{!r}".format("q"), "{:{w}}|".format("a", w=4))
data = {"x": 1, "y": 2}
print("{x}-{y}".format(**data), "{{}}".format())
