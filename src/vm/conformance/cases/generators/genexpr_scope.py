x = 10
g = (x * i for i in range(3))
x = 20
print(list(g))
data = [[1, 2], [3, 4]]
print(list(a + b for a, b in data))
rows = 3
grid = list((r, c) for r in range(rows) for c in range(r))
print(grid)
class K:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(K.doubled)
