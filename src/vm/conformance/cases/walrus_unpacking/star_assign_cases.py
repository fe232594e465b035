*a, = [1, 2]
print(a)
first, *rest = {"k": 1, "j": 2}
print(first, rest)
matrix = [[1, 2, 3], [4, 5, 6]]
transposed = list(zip(*matrix))
print(transposed)
def minmax(*nums):
    lo, *_, hi = sorted(nums)
    return lo, hi
print(minmax(5, 3, 9, 1))
print(*"abc", *[1, 2], sep=",")
