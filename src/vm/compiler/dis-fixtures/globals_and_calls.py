counter = 0

def increment():
    global counter
    counter += 1

def add_one(x):
    return x + 1

def work(items):
    result = []
    for item in items:
        result.append(add_one(item) * 2)
    return result
