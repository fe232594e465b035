def greet(name, greeting="Hello", punctuation="!"):
    return f"{greeting}, {name}{punctuation}"
print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punctuation="?"))
print(greet(greeting="Yo", name="Di"))
print(greet.__defaults__, greet.__name__, greet.__code__.co_argcount)
def counter(start=[0]):
    start[0] += 1
    return start[0]
print(counter(), counter(), counter([10]))
