a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
lst = [1, 2, 3, 4]
lst[0], lst[-1] = lst[-1], lst[0]
print(lst)
i = 0
lst[i], i = 99, 2
print(lst, i)
x = [0, 0, 0]
j = 0
j, x[j] = 1, 5
print(j, x)
