def add(a, b):
    return a + b

def count(n):
    total = 0
    for i in range(n):
        total += i
    return total

def greet(name):
    if name:
        print("hi", name)
    else:
        print("nobody")
