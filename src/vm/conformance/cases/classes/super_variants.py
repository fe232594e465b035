class Base:
    def __init__(self):
        self.log = ["Base"]
    def greet(self):
        return "base"
class Mid(Base):
    def __init__(self):
        super(Mid, self).__init__()
        self.log.append("Mid")
    def greet(self):
        return "mid+" + super().greet()
class Leaf(Mid):
    def __init__(self):
        super().__init__()
        self.log.append("Leaf")
    def greet(self):
        return "leaf+" + super(Mid, self).greet()
leaf = Leaf()
print(leaf.log, leaf.greet())
class WithCls(Base):
    @classmethod
    def make(cls):
        return super().__new__(cls)
print(type(WithCls.make()).__name__)
