# property: getter, setter, deleter, docstrings and errors.
class Temperature:
    def __init__(self, celsius):
        self._celsius = celsius

    @property
    def celsius(self):
        "Temperature in degrees Celsius."
        print("get celsius")
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        print("set celsius", value)
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = value

    @celsius.deleter
    def celsius(self):
        print("delete celsius")
        del self._celsius

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32


t = Temperature(20)
print(t.celsius)
t.celsius = 25
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 10
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(hasattr(t, "_celsius"))
print(Temperature.celsius.__doc__)
print(type(Temperature.celsius).__name__)
p = Temperature.celsius
print(p.fget.__name__, p.fset.__name__, p.fdel.__name__)
q = property(lambda self: 42, doc="answer")
print(q.__doc__, q.__get__(t), q.__get__(None, Temperature) is q)
print(Temperature.__dict__["fahrenheit"].fset)
