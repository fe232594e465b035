class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def intro(self):
        return f"I am {self.name} and I say {self.speak()}"
class Cat(Animal):
    def speak(self):
        return "meow"
class Lion(Cat):
    def __init__(self, name, pride):
        super().__init__(name)
        self.pride = pride
    def speak(self):
        return super().speak().upper() + "!"
for a in [Animal("generic"), Cat("Tom"), Lion("Leo", "north")]:
    print(a.intro())
print(issubclass(Lion, Animal), isinstance(Lion("x", 1), Cat), Lion.__bases__[0].__name__)
print([c.__name__ for c in Lion.__mro__])
