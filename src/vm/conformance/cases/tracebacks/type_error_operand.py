def label(count):
    return "items: " + count
print(label("3"))
print(label(3))
