# Class attributes, methods and special methods changed after they were looked up (and cached):
# every later lookup must see the change, through the class, a subclass and instances.
class Base:
    x = 1

    def m(self):
        return "Base.m"


class Sub(Base):
    pass


s = Sub()
print(s.x, Sub.x, s.m())
Base.x = 2
print(s.x, Sub.x)
Sub.x = 3
print(s.x, Base.x)
del Sub.x
print(s.x)
Base.m = lambda self: "new m"
print(s.m())
del Base.m
try:
    s.m()
except AttributeError as e:
    print("AttributeError:", e)


class Counter:
    def __init__(self):
        self.n = 0


c = Counter()
print(len([c]) if not hasattr(c, "__len__") else len(c))
Counter.__len__ = lambda self: 42
print(len(c))
Counter.__eq__ = lambda self, other: True
print(c == 5, c != 5)
del Counter.__eq__
print(c == 5)
Counter.__add__ = lambda self, other: ("add", other)
print(c + 1)
Counter.__getitem__ = lambda self, k: k * 2
print(c[21])
Counter.__bool__ = lambda self: False
print(bool(c), "yes" if c else "no")


class Dying:
    pass


d = Dying()
Dying.__del__ = lambda self: print("del added later runs")
del d
print("after del")


def make(i):
    class K:
        v = i

        def get(self):
            return self.v

    return K


for i in range(3):
    print(make(i)().get())

Base.y = 10
print(Sub().y, getattr(Sub, "y"))
setattr(Base, "y", 11)
print(Sub().y)
Sub.__init__ = lambda self: setattr(self, "z", 5)
print(Sub().z)
