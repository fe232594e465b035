names = ["ann", "bob", "cy"]
ages = [31, 25, 40, 99]
print(list(zip(names, ages)), list(zip()), list(zip("ab", range(3), [True, False])))
print(dict(zip(names, ages)))
print(list(map(str.upper, names)), list(map(pow, [2, 3], [3, 2])))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(lambda a: a > 30, ages)))
try:
    list(zip(names, ages, strict=True))
except ValueError as e:
    print("ValueError:", e)
m = map(lambda x: x * 2, [1, 2, 3])
print(next(m), list(m), list(m))
