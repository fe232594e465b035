a = [1, 2, 3]
b = a
c = list(a)
print(a is b, a is c, a == c, a is not c)
print(None is None, 2 in a, 5 not in a)
print("lo" in "hello", "" in "abc", 3 in range(0, 10, 3), 4 in range(0, 10, 3))
print(("k" in {"k": 1}), (1 in {"k": 1}), (2 in {1, 2}))
class Box:
    def __contains__(self, item):
        return item == "secret"
print("secret" in Box(), "other" in Box())
