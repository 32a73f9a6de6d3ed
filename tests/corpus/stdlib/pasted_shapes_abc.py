# A pasted OOP lesson: abstract base classes, inheritance, super(), __repr__, class
# attributes, classmethods/staticmethods, enum and sorting by key.
import math
from abc import ABC, abstractmethod
from enum import Enum, auto
from operator import attrgetter


class Color(Enum):
    RED = auto()
    GREEN = auto()
    BLUE = auto()


class Shape(ABC):
    count = 0

    def __init__(self, color=Color.RED):
        self.color = color
        Shape.count += 1

    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} {self.color.name.lower()} area={self.area():.2f}"

    def __repr__(self):
        return f"{type(self).__name__}({self.color})"


class Circle(Shape):
    def __init__(self, r, **kw):
        super().__init__(**kw)
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Rect(Shape):
    def __init__(self, w, h, **kw):
        super().__init__(**kw)
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    @classmethod
    def square(cls, side, **kw):
        return cls(side, side, **kw)

    @staticmethod
    def is_square(w, h):
        return w == h


class Square(Rect):
    def __init__(self, side, **kw):
        super().__init__(side, side, **kw)


try:
    Shape()
except TypeError as e:
    print(e)


class Half(Shape):
    def area(self):
        return 0


try:
    Half()
except TypeError as e:
    print(e)

shapes = [Circle(1), Rect(2, 3, color=Color.BLUE), Rect.square(2), Square(1.5, color=Color.GREEN)]
for s in sorted(shapes, key=lambda s: s.area()):
    print(s.describe())
print(Shape.count, shapes, Rect.is_square(2, 2))
print([type(s).__name__ for s in sorted(shapes, key=attrgetter('color.value'))])
print(isinstance(shapes[3], Rect), issubclass(Square, Shape), Square.__mro__)
print(max(shapes, key=lambda s: s.perimeter()), Color(2), Color['BLUE'].value, list(Color))
