"""Data classes (generated __init__/__repr__/__eq__/ordering, like CPython's dataclasses)."""

__all__ = ["dataclass", "field", "Field", "fields", "asdict", "astuple", "replace", "is_dataclass",
           "FrozenInstanceError", "MISSING", "KW_ONLY", "InitVar"]


class _MissingType:
    def __repr__(self):
        return "MISSING"


MISSING = _MissingType()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class InitVar:
    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)


class FrozenInstanceError(AttributeError):
    pass


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = metadata or {}
        self.kw_only = kw_only

    def __repr__(self):
        return f"Field(name={self.name!r},type={self.type!r},default={self.default!r},default_factory={self.default_factory!r},init={self.init!r},repr={self.repr!r},hash={self.hash!r},compare={self.compare!r},metadata={self.metadata!r},kw_only={self.kw_only!r})"


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def fields(class_or_instance):
    try:
        fs = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in fs.values() if not isinstance(f.type, InitVar))


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, "__dataclass_fields__")


def _asdict_inner(obj, dict_factory):
    if is_dataclass(obj) and not isinstance(obj, type):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory)) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory)) for k, v in obj.items())
    import copy
    return copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _astuple_inner(obj):
    if is_dataclass(obj) and not isinstance(obj, type):
        return tuple(_astuple_inner(getattr(obj, f.name)) for f in fields(obj))
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k), _astuple_inner(v)) for k, v in obj.items())
    import copy
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("astuple() should be called on dataclass instances")
    return tuple_factory(_astuple_inner(obj))


def replace(obj, /, **changes):
    for f in obj.__dataclass_fields__.values():
        if not f.init:
            if f.name in changes:
                raise ValueError(f"field {f.name} is declared with init=False, it cannot be specified with replace()")
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def _create_fn(name, args, body, globals_, locals_, qualname):
    txt = f"def {name}({', '.join(args)}):\n" + "\n".join("  " + b for b in body)
    ns = {}
    exec(txt, {**globals_, **locals_}, ns)
    fn = ns[name]
    fn.__qualname__ = f"{qualname}.{name}"
    return fn


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, kw_only):
    fields_ = {}
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, "__dataclass_fields__", None)
        if base_fields:
            for f in base_fields.values():
                fields_[f.name] = f
    annotations = cls.__dict__.get("__annotations__", {})
    kw_only_now = kw_only
    for name, type_ in annotations.items():
        if type_ is KW_ONLY or (isinstance(type_, str) and type_ == "KW_ONLY"):
            kw_only_now = True
            continue
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            f = field(default=default)
        f.name = name
        f.type = type_
        if f.kw_only is MISSING:
            f.kw_only = kw_only_now
        if f.default_factory is MISSING and isinstance(f.default, (list, dict, set)):
            raise ValueError(f"mutable default {type(f.default)} for field {name} is not allowed: use default_factory")
        fields_[name] = f
        if isinstance(default, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
    cls.__dataclass_fields__ = fields_
    cls.__dataclass_params__ = (init, repr, eq, order, unsafe_hash, frozen)
    flds = list(fields_.values())
    qn = cls.__qualname__
    g = {"MISSING": MISSING, "__dataclass_builtins_object__": object, "FrozenInstanceError": FrozenInstanceError}
    if init:
        std = [f for f in flds if f.init and not f.kw_only]
        kwo = [f for f in flds if f.init and f.kw_only]
        seen_default = False
        for f in std:
            if f.default is not MISSING or f.default_factory is not MISSING:
                seen_default = True
            elif seen_default:
                raise TypeError(f"non-default argument {f.name!r} follows default argument")
        locals_ = {}
        args = ["__dataclass_self__"]
        def arg(f):
            if f.default is not MISSING:
                locals_[f"__dataclass_dflt_{f.name}__"] = f.default
                return f"{f.name}=__dataclass_dflt_{f.name}__"
            if f.default_factory is not MISSING:
                return f"{f.name}=__dataclass_HAS_DEFAULT_FACTORY__"
            return f.name
        args += [arg(f) for f in std]
        if kwo:
            args.append("*")
            args += [arg(f) for f in kwo]
        body = []
        for f in flds:
            if isinstance(f.type, InitVar):
                continue
            if f.default_factory is not MISSING:
                locals_[f"__dataclass_factory_{f.name}__"] = f.default_factory
                if f.init:
                    value = f"__dataclass_factory_{f.name}__() if {f.name} is __dataclass_HAS_DEFAULT_FACTORY__ else {f.name}"
                else:
                    value = f"__dataclass_factory_{f.name}__()"
            elif f.init:
                value = f.name
            elif f.default is not MISSING:
                locals_[f"__dataclass_dflt_{f.name}__"] = f.default
                value = f"__dataclass_dflt_{f.name}__"
            else:
                continue
            if frozen:
                body.append(f"__dataclass_builtins_object__.__setattr__(__dataclass_self__, {f.name!r}, {value})")
            else:
                body.append(f"__dataclass_self__.{f.name} = {value}")
        if hasattr(cls, "__post_init__"):
            initvars = [f.name for f in flds if isinstance(f.type, InitVar)]
            body.append(f"__dataclass_self__.__post_init__({', '.join(initvars)})")
        if not body:
            body = ["pass"]
        locals_["__dataclass_HAS_DEFAULT_FACTORY__"] = _HAS_DEFAULT_FACTORY
        cls.__init__ = _create_fn("__init__", args, body, g, locals_, qn)
    if repr and "__repr__" not in cls.__dict__:
        rf = [f for f in flds if f.repr]
        def __repr__(self):
            return self.__class__.__qualname__ + "(" + ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in rf) + ")"
        __repr__.__qualname__ = f"{qn}.__repr__"
        cls.__repr__ = _recursive_repr(__repr__)
    cf = [f for f in flds if f.compare]
    if eq and "__eq__" not in cls.__dict__:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return tuple(getattr(self, f.name) for f in cf) == tuple(getattr(other, f.name) for f in cf)
            return NotImplemented
        cls.__eq__ = __eq__
    if order:
        def make(op):
            def cmp(self, other):
                if other.__class__ is self.__class__:
                    a = tuple(getattr(self, f.name) for f in cf)
                    b = tuple(getattr(other, f.name) for f in cf)
                    return op(a, b)
                return NotImplemented
            return cmp
        for name, op in (("__lt__", lambda a, b: a < b), ("__le__", lambda a, b: a <= b),
                         ("__gt__", lambda a, b: a > b), ("__ge__", lambda a, b: a >= b)):
            if name in cls.__dict__:
                raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}. Consider using functools.total_ordering")
            setattr(cls, name, make(op))
    if frozen:
        def __setattr__(self, name, value):
            if type(self) is cls or name in fields_:
                raise FrozenInstanceError(f"cannot assign to field {name!r}")
            object.__setattr__(self, name, value)
        def __delattr__(self, name):
            if type(self) is cls or name in fields_:
                raise FrozenInstanceError(f"cannot delete field {name!r}")
            object.__delattr__(self, name)
        cls.__setattr__ = __setattr__
        cls.__delattr__ = __delattr__
    hf = [f for f in flds if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash or (eq and frozen):
        def __hash__(self):
            return hash(tuple(getattr(self, f.name) for f in hf))
        cls.__hash__ = __hash__
    elif eq and "__hash__" not in cls.__dict__:
        cls.__hash__ = None
    if "__match_args__" not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in flds if f.init and not f.kw_only)
    return cls


class _HasDefaultFactory:
    def __repr__(self):
        return "<factory>"


_HAS_DEFAULT_FACTORY = _HasDefaultFactory()


def _recursive_repr(fn):
    running = set()
    def wrapper(self):
        key = id(self)
        if key in running:
            return "..."
        running.add(key)
        try:
            return fn(self)
        finally:
            running.discard(key)
    wrapper.__qualname__ = fn.__qualname__
    wrapper.__name__ = fn.__name__
    return wrapper


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, kw_only)
    if cls is None:
        return wrap
    return wrap(cls)
