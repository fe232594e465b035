def outer(a):
    def inner(b):
        return a + b
    return inner

def make_counter():
    count = 0
    def step():
        nonlocal count
        count += 1
        return count
    return step
