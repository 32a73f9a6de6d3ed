# seed Q5 example with the raw-id print replaced by id comparisons: is vs ==, interning, __eq__, singleton
# Базовое различие
a = [1, 2, 3]
b = [1, 2, 3]
c = a

print(a == b)  # True (равные значения)
print(a is b)  # False (разные объекты)
print(a is c)  # True (один объект)
print(id(a) == id(c), id(a) != id(b))  # id(a) == id(c) != id(b)

# None - всегда используйте is
x = None
if x is None:      # Правильно
    pass
if x == None:      # Работает, но не pythonic
    pass

# Integer interning
a = 256
b = 256
print(a is b)  # True (интернированы)

a = 257
b = 257
print(a is b)  # False (не интернированы)*
# *Может быть True в интерактивном режиме!

# String interning
s1 = "hello"
s2 = "hello"
print(s1 is s2)  # True (интернированы)

s1 = "hello world!"
s2 = "hello world!"
print(s1 is s2)  # False (пробел и ! блокируют interning)

# Принудительное интернирование
import sys
s1 = sys.intern("hello world!")
s2 = sys.intern("hello world!")
print(s1 is s2)  # True

# Кастомный __eq__
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return self.x == other.x and self.y == other.y

p1 = Point(1, 2)
p2 = Point(1, 2)
print(p1 == p2)  # True (равные координаты)
print(p1 is p2)  # False (разные объекты)

# Singleton pattern
class Singleton:
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

s1 = Singleton()
s2 = Singleton()
print(s1 is s2)  # True (один и тот же объект)
