counter = 0
def bump():
    global counter
    counter += 1
def outer():
    total = 0
    def add(n):
        nonlocal total
        total += n
    for i in range(5):
        add(i)
    return total
bump(); bump()
print(counter, outer())
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
def declare_global():
    global new_name
    new_name = "created"
declare_global()
print(new_name)
