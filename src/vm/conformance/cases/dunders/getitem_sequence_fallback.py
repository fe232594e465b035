class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i
s = Squares()
print(list(s), 9 in s, 10 in s)
for v in s:
    print(v, end=" ")
print()
it = iter(s)
print(next(it), next(it))
