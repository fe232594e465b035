name = "Ada"
age = 36
print(f"{name} is {age} years old")
print(f"{name!r} {name!s} {name!a} {'é'!a}")
print(f"{age + 1} {age * 2:5d}|{name:>8}|{name:<8}|{name:^9}|")
print(f"{{literal braces}} {age}")
print(F"upper F prefix {len(name)}")
items = {"a": 1}
print(f"{items['a']} {items}")
