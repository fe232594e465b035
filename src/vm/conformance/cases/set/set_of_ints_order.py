s = {5, 3, 1, 100, 42, 7}
print(s)
print({10, 20, 30} - {20})
print(set(range(10, 0, -1)))
print({-1, -2, 0})
