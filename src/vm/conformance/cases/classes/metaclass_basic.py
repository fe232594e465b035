class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["created_by"] = "Meta"
        cls = super().__new__(mcls, name, bases, ns)
        return cls
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)
class Model(metaclass=Meta):
    def __init__(self, x):
        self.x = x
m = Model(3)
print(m.x, Model.created_by, type(Model).__name__)
