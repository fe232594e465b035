"""Names from typing, for annotations (no static checking happens at run time)."""


class _Special:
    def __init__(self, name):
        self._name = name

    def __getitem__(self, params):
        return _Generic(self._name, params if isinstance(params, tuple) else (params,))

    def __repr__(self):
        return f"typing.{self._name}"

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Cannot instantiate typing.{self._name}")

    def __or__(self, other):
        return _Generic("Union", (self, other))

    def __ror__(self, other):
        return _Generic("Union", (other, self))


class _Generic:
    def __init__(self, name, args):
        self._name = name
        self.__args__ = args

    def __getitem__(self, params):
        return _Generic(self._name, params if isinstance(params, tuple) else (params,))

    def __repr__(self):
        def r(a):
            if a is Ellipsis:
                return "..."
            if isinstance(a, type):
                return a.__name__ if a.__module__ == "builtins" else f"{a.__module__}.{a.__qualname__}"
            return repr(a)
        return f"typing.{self._name}[{', '.join(r(a) for a in self.__args__)}]"

    def __or__(self, other):
        return _Generic("Union", (self, other))


for _n in ("Any", "Union", "Optional", "List", "Dict", "Set", "FrozenSet", "Tuple", "Callable", "Type",
           "Iterable", "Iterator", "Generator", "Sequence", "Mapping", "MutableMapping", "MutableSequence",
           "Awaitable", "Coroutine", "AsyncIterator", "AsyncIterable", "ClassVar", "Final", "Literal",
           "Deque", "DefaultDict", "Counter", "OrderedDict", "ChainMap", "NoReturn", "Never", "Self",
           "Annotated", "TypeAlias", "Collection", "Container", "Hashable", "Sized", "Reversible",
           "SupportsInt", "SupportsFloat", "SupportsAbs", "LiteralString", "Required", "NotRequired"):
    globals()[_n] = _Special(_n)


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound

    def __repr__(self):
        return f"~{self.__name__}"


class ParamSpec(TypeVar):
    pass


class Generic:
    def __class_getitem__(cls, params):
        return cls


class Protocol:
    def __class_getitem__(cls, params):
        return cls


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(f):
    return f


def runtime_checkable(cls):
    return cls


def get_type_hints(obj):
    return dict(getattr(obj, "__annotations__", {}))


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__supertype__ = tp
    return new_type


TYPE_CHECKING = False


class _NamedTupleMeta(type):
    def __new__(mcls, typename, bases, ns):
        from collections import namedtuple
        annotations = ns.get("__annotations__", {})
        fields = list(annotations)
        defaults = [ns[f] for f in fields if f in ns]
        nt = namedtuple(typename, fields, defaults=defaults, module=ns.get("__module__", "__main__"))
        for k, v in ns.items():
            if k not in fields and k not in ("__module__", "__qualname__", "__annotations__", "__doc__"):
                setattr(nt, k, v)
        nt.__annotations__ = annotations
        return nt


def NamedTuple(typename, fields=None, /, **kwargs):
    from collections import namedtuple
    if fields is None:
        fields = list(kwargs.items())
    return namedtuple(typename, [f[0] for f in fields])


_NamedTuple = type.__new__(_NamedTupleMeta, "NamedTuple", (), {})
NamedTuple.__mro_entries__ = lambda bases: (_NamedTuple,)


class _TypedDictMeta(type):
    def __new__(mcls, name, bases, ns, total=True):
        return type.__new__(mcls, name, (dict,), ns)


def _typeddict_new(typename, fields=None, /, *, total=True, **kwargs):
    return _TypedDictMeta(typename, (), {})


TypedDict = _TypedDictMeta("TypedDict", (), {})
