def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
def register(registry):
    def deco(cls):
        registry.append(cls.__name__)
        return cls
    return deco
found = []
@register(found)
@add_repr
class User:
    def __init__(self, name, admin=False):
        self.name = name
        self.admin = admin
print(User("ann"), User("root", True), found)
