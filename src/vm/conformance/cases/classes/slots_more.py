class Base:
    __slots__ = ("a",)
class Child(Base):
    __slots__ = ("b",)
class Free(Base):
    pass
c = Child()
c.a, c.b = 1, 2
print(c.a, c.b, hasattr(c, "__dict__"))
try:
    c.c = 3
except AttributeError as e:
    print(e)
f = Free()
f.a = 1
f.z = 26
print(f.a, f.z, f.__dict__)
try:
    Child().a
except AttributeError as e:
    print(e)
class WithDict:
    __slots__ = ("x", "__dict__")
w = WithDict()
w.x = 1
w.y = 2
print(w.x, w.y, w.__dict__)
print(type(Base.__dict__["a"]).__name__ in ("member_descriptor", "getset_descriptor"))
