"""Enumerations (the common parts of CPython's enum module)."""

__all__ = ["Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "auto", "unique", "EnumType", "EnumMeta"]


class auto:
    def __init__(self, value=None):
        self.value = value if value is not None else _AUTO

    def __repr__(self):
        return "auto()"


_AUTO = object()


def _is_descriptor(obj):
    return hasattr(obj, "__get__") or hasattr(obj, "__set__") or hasattr(obj, "__delete__")


def _is_member_name(name, value):
    if name.startswith("_"):
        return False
    if callable(value) and not isinstance(value, auto):
        return False
    if _is_descriptor(value) and not isinstance(value, auto):
        return False
    return True


class EnumType(type):
    def __new__(metacls, cls, bases, classdict, **kwds):
        members = [(k, v) for k, v in classdict.items() if _is_member_name(k, v)]
        ns = {k: v for k, v in classdict.items() if not any(k == m for m, _ in members)}
        enum_class = super().__new__(metacls, cls, bases, ns, **kwds)
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        enum_class._value2member_map_ = {}
        member_type = object
        for b in enum_class.__mro__[1:]:
            if b in (int, str, float):
                member_type = b
                break
        enum_class._member_type_ = member_type
        if member_type is not object and "__repr__" not in classdict and "Enum" in globals():
            type.__setattr__(enum_class, "__repr__", Enum.__repr__)
        last_values = []
        for name, value in members:
            if isinstance(value, auto):
                if value.value is _AUTO:
                    value = enum_class._generate_next_value_(name, 1, len(last_values), last_values[:])
                else:
                    value = value.value
            if isinstance(value, tuple) and member_type is not object:
                args = value
            else:
                args = (value,)
            if member_type is object:
                member = object.__new__(enum_class)
            else:
                member = member_type.__new__(enum_class, *args)
            if "__init__" in enum_class.__dict__ and member_type is object:
                if isinstance(value, tuple):
                    enum_class.__init__(member, *value)
                else:
                    enum_class.__init__(member, value)
            member._name_ = name
            member._value_ = value
            last_values.append(value)
            if value in enum_class._value2member_map_:
                canonical = enum_class._value2member_map_[value]
                enum_class._member_map_[name] = canonical
                type.__setattr__(enum_class, name, canonical)
                continue
            enum_class._value2member_map_[value] = member
            enum_class._member_map_[name] = member
            enum_class._member_names_.append(name)
            type.__setattr__(enum_class, name, member)
        return enum_class

    def __call__(cls, value, *args, **kwds):
        if args or kwds:
            return _functional_enum(cls, value, *args, **kwds)
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        missing = cls._missing_(value)
        if missing is not None:
            return missing
        raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        return value in cls._value2member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        return f"<enum {cls.__name__!r}>"

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError(f"cannot reassign member {name!r}")
        type.__setattr__(cls, name, value)


EnumMeta = EnumType


def _functional_enum(cls, name, names, *args, **kwds):
    if isinstance(names, str):
        names = names.replace(",", " ").split()
    if names and isinstance(names[0], str):
        names = [(n, i + 1) for i, n in enumerate(names)]
    elif isinstance(names, dict):
        names = list(names.items())
    return EnumType(name, (cls,), dict(names))


class Enum(metaclass=EnumType):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for v in reversed(last_values):
            if isinstance(v, int):
                return v + 1
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v = self._member_type_.__repr__(self._value_) if self._member_type_ is not object else repr(self._value_)
        return f"<{type(self).__name__}.{self._name_}: {v}>"

    def __str__(self):
        return f"{type(self).__name__}.{self._name_}"

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __dir__(self):
        return ["__class__", "__doc__", "__module__", "name", "value"]

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


class ReprEnum(Enum):
    pass


class IntEnum(int, ReprEnum):
    def __str__(self):
        return int.__repr__(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)


class StrEnum(str, ReprEnum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    def __str__(self):
        return self._value_

    def __format__(self, spec):
        return format(self._value_, spec)


class Flag(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return 1
        high = max(last_values)
        return 1 << high.bit_length()

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            return None
        pseudo = int.__new__(cls, value) if issubclass(cls, int) else object.__new__(cls)
        names = [m._name_ for m in cls if m._value_ & value == m._value_ and m._value_]
        pseudo._name_ = "|".join(names) if names else None
        pseudo._value_ = value
        cls._value2member_map_[value] = pseudo
        return pseudo

    def __or__(self, other):
        return type(self)(self._value_ | other._value_)

    def __and__(self, other):
        return type(self)(self._value_ & other._value_)

    def __xor__(self, other):
        return type(self)(self._value_ ^ other._value_)

    def __invert__(self):
        allv = 0
        for m in type(self):
            allv |= m._value_
        return type(self)(allv & ~self._value_)

    def __contains__(self, other):
        return other._value_ & self._value_ == other._value_

    def __bool__(self):
        return bool(self._value_)

    def __iter__(self):
        return (m for m in type(self) if m._value_ & self._value_ and m._value_ & (m._value_ - 1) == 0)

    def __len__(self):
        return bin(self._value_).count("1")

    def __repr__(self):
        return f"<{type(self).__name__}.{self._name_}: {self._value_!r}>"

    def __str__(self):
        return f"{type(self).__name__}.{self._name_}"


class IntFlag(int, Flag):
    def __str__(self):
        return int.__repr__(self._value_)

    # int's operators come first in the MRO: combine as flags when the other side is an int
    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return type(self)(self._value_ | int(other))

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return type(self)(self._value_ & int(other))

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return type(self)(self._value_ ^ int(other))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return Flag.__invert__(self)


def unique(enumeration):
    duplicates = [(name, member.name) for name, member in enumeration.__members__.items() if name != member.name]
    if duplicates:
        alias = ", ".join(f"{a} -> {b}" for a, b in duplicates)
        raise ValueError(f"duplicate values found in {enumeration!r}: {alias}")
    return enumeration
