a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), a is b)
x = None
print(x is None, type(x) is type(None))
small1 = 256
small2 = int("256")
print(small1 == small2)
