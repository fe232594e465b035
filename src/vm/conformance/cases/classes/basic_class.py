class Dog:
    species = "canis familiaris"
    def __init__(self, name, age):
        self.name = name
        self.age = age
    def description(self):
        return f"{self.name} is {self.age} years old"
    def speak(self, sound):
        return f"{self.name} says {sound}"
rex = Dog("Rex", 4)
print(rex.description(), rex.speak("woof"), rex.species, Dog.species)
rex.species = "wolf?"
print(rex.species, Dog.species, vars(rex))
print(type(rex).__name__, isinstance(rex, Dog), Dog.__name__, Dog.__qualname__)
print(Dog.description(rex), Dog.__dict__["species"])
