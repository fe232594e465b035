def counter():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    def get():
        return count
    return inc, get
inc, get = counter()
inc(); inc(5)
print(get())
def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed"
        inner()
        return x
    return middle(), x
print(outer())
fns = [lambda i=i: i * i for i in range(4)]
print([f() for f in fns])
late = [lambda: i for i in range(3)]
print([f() for f in late])
