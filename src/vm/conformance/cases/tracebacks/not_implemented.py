class Shape:
    def area(self):
        raise NotImplementedError("subclasses must implement area()")
class Square(Shape):
    pass
print(Square().area())
