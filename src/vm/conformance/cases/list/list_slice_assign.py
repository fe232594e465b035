data = list(range(10))
data[2:4] = []
print(data)
data[:0] = [-2, -1]
print(data)
data[len(data):] = [100]
print(data)
data[1::2] = "abcdefghij"[:len(data[1::2])]
print(data)
del data[::3]
print(data)
data[:] = (x for x in range(3))
print(data)
