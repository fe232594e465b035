doc = """First line
    indented "quotes" and 'single'
last line\
 joined"""
print(doc)
print('''a
b''' == "a\nb")
def f():
    """Docstring of f."""
    return 1
print(f.__doc__)
