def documented(a, b=2, *args, c, d=4, **kw):
    """Doc line."""
    local = a + b
    return local
print(documented.__name__, documented.__qualname__, documented.__doc__)
print(documented.__defaults__, documented.__kwdefaults__)
print(documented.__code__.co_varnames, documented.__code__.co_argcount, documented.__code__.co_kwonlyargcount)
documented.custom = "attr"
print(documented.custom, callable(documented), type(documented).__name__)
class K:
    def method(self):
        def inner():
            pass
        return inner
print(K.method.__qualname__, K().method().__qualname__)
