a = [1, 2, 3]
b = a * 2
print(b, a + [4], [0] * 3, [[0] * 2] * 2)
grid = [[0] * 3 for _ in range(2)]
grid[0][1] = 5
print(grid)
shared = [[0] * 3] * 2
shared[0][1] = 5
print(shared)
print(len(a), min(a), max(a), sum(a), a[::-1], list(reversed(a)))
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, [2]] == [1, [2]], [] < [0])
print(a.__len__(), list("ab") + list(range(2)))
nested = [1, [2, [3, [4]]]]
print(nested, nested[1][1][1][0])
