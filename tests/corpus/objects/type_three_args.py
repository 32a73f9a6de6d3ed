# type(name, bases, dict) builds classes like the class statement.
def greet(self):
    return "hi from " + type(self).__name__


Base = type("Base", (), {"greet": greet, "kind": "base"})
Child = type("Child", (Base,), {"kind": "child", "__doc__": "A child."})
c = Child()
print(c.greet(), c.kind, Base.kind, Child.__doc__, Child.__bases__, Child.__name__)
print(type(Child), Child.__mro__)
print(type(c) is Child, isinstance(c, Base))
for args in ((1, (), {}), ("A", 1, {}), ("A", (), 1), ("A",), ("A", (1,), {})):
    try:
        type(*args)
    except TypeError as e:
        print("TypeError:", e)
Empty = type("Empty", (), {})
print(Empty.__name__, Empty.__qualname__, Empty.__module__, Empty().__class__.__name__)
