# abc.ABC with abstractmethod, and dataclasses with defaults, ordering and repr
import abc
import dataclasses
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
try:
    Shape()
except TypeError as e:
    print(e)
print(Sq(3).area())
@dataclasses.dataclass(order=True)
class Item:
    price: float
    name: str = "thing"
    tags: list = dataclasses.field(default_factory=list)
a = Item(2.5, "pen")
b = Item(1.0)
print(a, b, a == Item(2.5, "pen"), sorted([a, b]))
print(dataclasses.asdict(a), dataclasses.fields(Item)[0].name)
