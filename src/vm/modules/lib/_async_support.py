"""Runtime side of compiled `async for`, `async with` and async generators
(compiler/async-desugar.ts rewrites those constructs into calls to these helpers)."""


def aiter(x):
    m = getattr(type(x), "__aiter__", None)
    if m is None:
        raise TypeError("'async for' requires an object with __aiter__ method, got %s" % type(x).__name__)
    it = m(x)
    if getattr(type(it), "__anext__", None) is None:
        raise TypeError("'async for' received an object from __aiter__ that does not implement __anext__: %s"
                        % type(it).__name__)
    return it


def anext(it):
    m = getattr(type(it), "__anext__", None)
    if m is None:
        raise TypeError("'%s' object is not an async iterator" % type(it).__name__)
    return m(it)


def _check_cm(mgr):
    t = type(mgr)
    if getattr(t, "__aenter__", None) is None or getattr(t, "__aexit__", None) is None:
        raise TypeError("'%s' object does not support the asynchronous context manager protocol" % t.__name__)


def aenter(mgr):
    _check_cm(mgr)
    return type(mgr).__aenter__(mgr)


def aexit(mgr):
    _check_cm(mgr)
    ex = type(mgr).__aexit__
    return lambda t, v, tb: ex(mgr, t, v, tb)


class _Wrapped:
    """A value produced by `yield` in an async generator (as opposed to one passed up by await)."""
    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value


def wrap(value):
    return _Wrapped(value)


class _Step:
    """The awaitable returned by __anext__/asend/athrow: runs the generator to its next yield."""
    __slots__ = ("_it",)

    def __init__(self, it):
        self._it = it

    def __await__(self):
        return self._it


def _drive(agen, throwing, arg):
    gen = agen._gen
    if agen._running:
        raise RuntimeError("anext(): asynchronous generator is already running")
    agen._running = True
    try:
        while True:
            try:
                r = gen.throw(arg) if throwing else gen.send(arg)
            except StopIteration:
                agen._done = True
                raise StopAsyncIteration from None
            if type(r) is _Wrapped:
                return r.value
            try:
                arg = yield r
                throwing = False
            except BaseException as e:
                arg = e
                throwing = True
    finally:
        agen._running = False


class async_generator:
    def __init__(self, gen, name, qualname):
        self._gen = gen
        self._running = False
        self._done = False
        self.__name__ = name
        self.__qualname__ = qualname

    def __aiter__(self):
        return self

    def __anext__(self):
        return _Step(_drive(self, False, None))

    def asend(self, value):
        return _Step(_drive(self, False, value))

    def athrow(self, typ, val=None, tb=None):
        exc = typ if val is None else typ(val) if isinstance(typ, type) else typ
        return _Step(_drive(self, True, exc))

    async def aclose(self):
        if self._done:
            return
        try:
            await _Step(_drive(self, True, GeneratorExit()))
        except (GeneratorExit, StopAsyncIteration):
            self._done = True
            return
        raise RuntimeError("async generator ignored GeneratorExit")

    @property
    def ag_running(self):
        return self._running

    def __repr__(self):
        return "<async_generator object %s at 0x%x>" % (self.__qualname__, id(self))


def asyncgen(fn):
    """Decorator put on `async def` functions containing `yield`."""
    def make(*args, **kwargs):
        return async_generator(fn(*args, **kwargs), fn.__name__, fn.__qualname__)
    make.__name__ = fn.__name__
    make.__qualname__ = fn.__qualname__
    make.__doc__ = fn.__doc__
    make.__wrapped__ = fn
    return make
