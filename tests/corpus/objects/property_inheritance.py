# Properties are inherited and can be overridden; classmethods chain through super().
class Shape:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    @property
    def area(self):
        return self.w * self.h

    @classmethod
    def square(cls, side):
        print("Shape.square for", cls.__name__)
        return cls(side, side)

    def describe(self):
        return type(self).__name__ + " with area " + str(self.area)


class Triangle(Shape):
    @property
    def area(self):
        return super().area // 2

    @classmethod
    def square(cls, side):
        print("Triangle.square")
        return super().square(side)


print(Shape(2, 3).describe(), Triangle(2, 3).describe())
t = Triangle.square(4)
print(type(t).__name__, t.area, Shape.area.fget(t))
try:
    t.area = 5
except AttributeError as e:
    print("AttributeError:", e)
