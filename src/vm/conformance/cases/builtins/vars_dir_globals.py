class Simple:
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self.b = 2
    def method(self):
        return self.a
s = Simple()
print(vars(s))
print([n for n in dir(s) if not n.startswith("_")])
print([n for n in dir(Simple) if not n.startswith("__")])
print("Simple" in globals(), "s" in dir())
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
