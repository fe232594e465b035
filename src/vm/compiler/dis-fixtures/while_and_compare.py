def countdown(n):
    while n > 0:
        n -= 1
    return n

def classify(x):
    if x < 0:
        return "neg"
    elif x == 0:
        return "zero"
    return "pos"

def check(a, b):
    return a is None or b in (1, 2, 3)
