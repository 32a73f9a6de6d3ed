# super() edge cases: classmethods, __class__ in methods, copied methods, and properties.
class Base:
    @classmethod
    def create(cls):
        return "Base.create for " + cls.__name__

    def describe(self):
        return "Base.describe"

    @property
    def kind(self):
        return "base kind"


class Derived(Base):
    @classmethod
    def create(cls):
        return "Derived -> " + super().create()

    def describe(self):
        return "Derived -> " + super().describe() + " / " + __class__.__name__

    @property
    def kind(self):
        return "derived over " + super().kind


class Deeper(Derived):
    pass


print(Derived.create(), Deeper.create())
print(Deeper().describe(), Deeper().kind)


def borrowed(self):
    return super(Derived, self).describe()


Deeper.borrowed = borrowed
print(Deeper().borrowed())


class Uses:
    def method(self):
        return __class__


print(Uses().method() is Uses)


class WithArgs(Base):
    def describe(self, *args):
        return ("args", args, super().describe())


print(WithArgs().describe(1, 2))


class Cooperative:
    def __init__(self, **kwargs):
        print("Cooperative got", sorted(kwargs))
        super().__init__()


class Named(Cooperative):
    def __init__(self, name, **kwargs):
        self.name = name
        super().__init__(**kwargs)


class Aged(Cooperative):
    def __init__(self, age, **kwargs):
        self.age = age
        super().__init__(**kwargs)


class Person(Named, Aged):
    pass


p = Person(name="ann", age=3, extra=True)
print(p.name, p.age, [c.__name__ for c in Person.__mro__])
