records = [("ann", (1990, 5, 17), ["py", "go"]), ("bob", (1985, 12, 1), ["js"])]
for name, (year, month, _), [first_lang, *others] in records:
    print(name, year, month, first_lang, others)
(a, b), [c, *d] = "xy", range(4)
print(a, b, c, d)
try:
    head, *_, tail = [1]
except ValueError as e:
    print("ValueError:", e)
x, *y = "a"
print(x, y)
