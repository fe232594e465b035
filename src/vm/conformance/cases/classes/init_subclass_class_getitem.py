class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry[name or cls.__name__.lower()] = cls
class A(Plugin): pass
class B(Plugin, name="bee"): pass
print(sorted(Plugin.registry), Plugin.registry["bee"].__name__)
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]"
print(Box[int], Box["x"], list[int], dict[str, int], tuple[int, ...])
try:
    class C(Plugin, bogus=1): pass
except TypeError as e:
    print(type(e).__name__)
