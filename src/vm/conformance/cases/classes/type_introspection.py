class Base: pass
class Child(Base): pass
c = Child()
print(type(c) is Child, type(c) == Base, isinstance(c, (int, Base)), issubclass(Child, (str, Base)))
print(Child.__name__, Child.__module__, Child.__base__.__name__, [b.__name__ for b in Child.__bases__])
print(type(Child).__name__, type(type).__name__, type(None).__name__, type(len).__name__)
print(isinstance(Child, type), issubclass(type, object), object.__bases__)
Dynamic = type("Dynamic", (Base,), {"x": 5, "hello": lambda self: "hi"})
print(Dynamic().x, Dynamic().hello(), Dynamic.__mro__[1].__name__)
