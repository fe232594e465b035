class Box:
    size = 3
    def __init__(self):
        self.color = "red"
b = Box()
print(getattr(b, "color"), getattr(b, "size"), getattr(b, "weight", None))
setattr(b, "weight", 10)
print(b.weight, hasattr(b, "weight"), hasattr(b, "height"))
delattr(b, "weight")
print(hasattr(b, "weight"))
try:
    getattr(b, "height")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(b, "height")
except AttributeError as e:
    print("AttributeError:", e)
print(getattr([], "append").__name__, getattr(str, "upper")("abc"))
