data = [4, 2, 0, 1]
inverses = [1 / x for x in data if x > 1]
print(inverses)
key = lambda x: 10 // x
print(sorted(data, key=key))
