class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return False
with Resource("a") as a, Resource("b") as b:
    print("body", a, b)
try:
    with Resource("c"):
        raise KeyError("boom")
except KeyError as e:
    print("propagated", e)
with (Resource("d") as d,
      Resource("e")):
    print("parenthesized", d)
