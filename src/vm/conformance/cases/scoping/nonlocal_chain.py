def a():
    x = 0
    def b():
        nonlocal x
        x += 1
        def c():
            nonlocal x
            x += 10
        c()
        return x
    b(); b()
    return x
print(a())
def make_acc():
    data = []
    def add(v):
        data.append(v)
        return len(data)
    def get():
        return list(data)
    return add, get
add, get = make_acc()
add(1); add(2)
print(get())
