"""Abstract base classes for containers (isinstance checks by duck typing)."""


class _ABCMeta(type):
    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

    def __subclasscheck__(cls, sub):
        if cls in getattr(sub, "__mro__", ()):
            return True
        return all(any(m in B.__dict__ for B in sub.__mro__) for m in cls._methods)


def _abc(name, methods):
    return _ABCMeta(name, (), {"_methods": methods, "__module__": "collections.abc"})


Hashable = _abc("Hashable", ("__hash__",))
Iterable = _abc("Iterable", ("__iter__",))
Iterator = _abc("Iterator", ("__iter__", "__next__"))
Reversible = _abc("Reversible", ("__reversed__",))
Generator = _abc("Generator", ("send", "throw"))
Sized = _abc("Sized", ("__len__",))
Container = _abc("Container", ("__contains__",))
Callable = _abc("Callable", ("__call__",))
Collection = _abc("Collection", ("__len__", "__iter__", "__contains__"))
Sequence = _abc("Sequence", ("__getitem__", "__len__"))
MutableSequence = _abc("MutableSequence", ("__getitem__", "__setitem__", "__len__", "insert"))
Set = _abc("Set", ("__contains__", "__iter__", "__len__", "isdisjoint"))
MutableSet = _abc("MutableSet", ("add", "discard"))
Mapping = _abc("Mapping", ("__getitem__", "keys", "items"))
MutableMapping = _abc("MutableMapping", ("__getitem__", "__setitem__", "keys"))
Awaitable = _abc("Awaitable", ("__await__",))
Coroutine = _abc("Coroutine", ("__await__", "send"))
