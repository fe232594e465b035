class Singleton:
    _instance = None
    def __new__(cls, *args):
        if cls._instance is None:
            print("creating instance")
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, value):
        self.value = value
a = Singleton(1)
b = Singleton(2)
print(a is b, a.value)
class Upper(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())
u = Upper("hello")
print(u, type(u).__name__, isinstance(u, str), u + "!", len(u))
