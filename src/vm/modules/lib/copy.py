"""Shallow and deep copy operations."""


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, complex if False else int, str, bytes, type, range, type(len), type(lambda: 0))


def copy(x):
    cls = type(x)
    if isinstance(x, _atomic) or cls in _atomic:
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    if cls is list:
        return x[:]
    if cls is dict:
        return x.copy()
    if cls is set:
        return x.copy()
    if cls is tuple or cls is frozenset:
        return x
    return _reconstruct(x, False, {})


def deepcopy(x, memo=None):
    if memo is None:
        memo = {}
    d = id(x)
    if d in memo:
        return memo[d]
    cls = type(x)
    if isinstance(x, _atomic) or cls in _atomic:
        return x
    copier = getattr(cls, "__deepcopy__", None)
    if copier is not None:
        y = copier(x, memo)
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is set:
        y = {deepcopy(a, memo) for a in x}
    elif cls is frozenset:
        y = frozenset(deepcopy(a, memo) for a in x)
    elif cls is tuple:
        y = tuple(deepcopy(a, memo) for a in x)
    else:
        y = _reconstruct(x, True, memo)
    memo[d] = y
    return y


def _reconstruct(x, deep, memo):
    cls = type(x)
    if isinstance(x, tuple):
        items = [deepcopy(a, memo) for a in x] if deep else list(x)
        getnew = getattr(x, "__getnewargs__", None)
        return cls.__new__(cls, *items) if not hasattr(cls, "_fields") else cls._make(items)
    if isinstance(x, list):
        y = cls.__new__(cls)
        y.extend(deepcopy(a, memo) if deep else a for a in x)
    elif isinstance(x, dict):
        y = cls.__new__(cls)
        for k, v in x.items():
            y[deepcopy(k, memo) if deep else k] = deepcopy(v, memo) if deep else v
    else:
        y = object.__new__(cls)
    memo[id(x)] = y
    state = getattr(x, "__dict__", None)
    if state:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            y.__dict__.update(state)
    return y
