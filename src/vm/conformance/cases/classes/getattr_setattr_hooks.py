class Config:
    def __init__(self):
        object.__setattr__(self, "_data", {})
    def __getattr__(self, name):
        try:
            return self._data[name]
        except KeyError:
            raise AttributeError(f"no setting {name!r}") from None
    def __setattr__(self, name, value):
        print(f"set {name}={value!r}")
        self._data[name] = value
    def __delattr__(self, name):
        del self._data[name]
c = Config()
c.debug = True
c.level = 3
print(c.debug, c.level, getattr(c, "missing", "default"))
del c.level
try:
    c.level
except AttributeError as e:
    print("AttributeError:", e)
