# a data descriptor, a non-data descriptor and how instance __dict__ interacts with them
class Typed:
    def __init__(self, name, kind):
        self.name, self.kind = name, kind
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset")
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}")
        obj.__dict__[self.name] = value
class Lazy:
    def __get__(self, obj, owner):
        print("computing")
        obj.__dict__["lazy"] = 99
        return 99
class P:
    age = Typed("age", int)
    lazy = Lazy()
p = P()
print(p.age)
p.age = 5
print(p.age, type(P.age).__name__)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
print(p.lazy, p.lazy)
