# staticmethod and classmethod: binding from the class and from instances.
class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1

    @classmethod
    def make(cls):
        print("make", cls.__name__)
        return cls()

    @classmethod
    def how_many(cls):
        return cls.count

    @staticmethod
    def add(a, b):
        return a + b


class Sub(Counter):
    pass


c = Counter.make()
s = Sub.make()
print(Counter.how_many(), s.how_many(), type(s).__name__)
print(Counter.add(2, 3), c.add(4, 5))
sm = Counter.__dict__["add"]
cm = Counter.__dict__["make"]
print(type(sm).__name__, type(cm).__name__)
print(sm.__func__ is Counter.add, cm.__func__.__name__)
print(sm(10, 20))
print(cm.__get__(None, Sub)().__class__.__name__)
print(Counter.make.__self__ is Counter, Sub.make.__self__ is Sub)
for bad in ((), (1, 2)):
    try:
        staticmethod(*bad)
    except TypeError as e:
        print(e)
