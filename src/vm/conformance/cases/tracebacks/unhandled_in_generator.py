def numbers():
    yield 1
    yield int("two")
def consume():
    return [n * 2 for n in numbers()]
consume()
