s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[::2], s[::-1], s[8:2:-2])
print(s[100:], s[-100:2], s[5:1], repr(s[3:3]))
lst = list(range(10))
lst[2:5] = ["x"]
print(lst)
lst[::3] = [0, 0, 0]
print(lst)
lst[1:1] = [9, 9]
print(lst)
print(lst[slice(1, 6, 2)], slice(1, 6, 2))
try:
    lst[::2] = [1]
except ValueError as e:
    print(e)
