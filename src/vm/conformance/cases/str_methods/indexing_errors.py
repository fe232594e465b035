s = "hello"
print(s[0], s[-1], s[1:-1])
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
try:
    s[0] = "H"
except TypeError as e:
    print("TypeError:", e)
try:
    s + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "abc" * 2.0
except TypeError as e:
    print("TypeError:", e)
try:
    int("12x")
except ValueError as e:
    print("ValueError:", e)
