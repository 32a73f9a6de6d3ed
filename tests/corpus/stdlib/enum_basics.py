from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color(2), Color['BLUE'], list(Color), len(Color))
print(Color.RED is Color(1), Color.RED == 1, isinstance(Color.RED, Color), type(Color.RED), Color.__members__.keys())
for c in Color: print(c.name, c.value)
class Shape(Enum):
    CIRCLE = auto()
    SQUARE = auto()
print(list(Shape), Shape.SQUARE.value)
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE + 1, Num.TWO > Num.ONE, Num(2), repr(Num.ONE), str(Num.ONE), f"{Num.TWO}", sorted([Num.TWO, Num.ONE]))
class Perm(Flag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, repr(Perm.R | Perm.W), Perm.R in (Perm.R | Perm.X), Perm(7), list(Perm))
try: Color(9)
except ValueError as e: print(e)
try: Color['PINK']
except KeyError as e: print(repr(e))
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass, self.radius = mass, radius
    @property
    def gravity(self): return self.mass / self.radius ** 2
print(Planet.EARTH.mass, round(Planet.EARTH.gravity, 3))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
class Status(str, Enum):
    OK = 'ok'
print(Status.OK == 'ok', Status.OK.value, Status('ok'))
print(Color.RED.__class__.__mro__, hash(Color.RED) == hash(Color.RED))
try: Color.RED = 5
except AttributeError as e: print(e)
