# __subclasses__, mro() and __bases__.
class Shape:
    pass


class Circle(Shape):
    pass


class Square(Shape):
    pass


class Unit(Square, Circle):
    pass


print([c.__name__ for c in Shape.__subclasses__()])
print([c.__name__ for c in Square.__subclasses__()], Unit.__subclasses__())
print([c.__name__ for c in Unit.mro()], Unit.__bases__, Unit.__base__)
print(type.__instancecheck__(Shape, Unit()), type.__subclasscheck__(Shape, Unit))
try:
    class Bad(Shape, Unit):
        pass
except TypeError as e:
    print("TypeError:", e)
