match = [1, 2]
case = "value"
_ = 5
type = "shadowed"
print(match, case, _, type)
del type
print(type(3).__name__)
match = 3
print(match * 2)
