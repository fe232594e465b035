i = "outer i"
squares = [i * i for i in range(4)]
print(i, squares)
total = 5
print([total + j for j in range(3)])
funcs = [lambda: k for k in range(3)]
print([f() for f in funcs])
nested = [[i * j for j in range(3)] for i in range(3)]
print(nested, i)
def f():
    y = 2
    return [y * v for v in range(3)]
print(f())
