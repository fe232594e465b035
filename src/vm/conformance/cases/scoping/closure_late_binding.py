callbacks = []
for i in range(3):
    def cb():
        return i
    callbacks.append(cb)
print([c() for c in callbacks])
def make(n):
    def cb():
        return n
    return cb
print([make(i)() for i in range(3)])
x = 1
def read_x():
    return x
x = 2
print(read_x())
