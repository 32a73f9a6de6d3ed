# __name__, __qualname__, __module__, __doc__, __dict__ keys, __slots__ and __class__
class Outer:
    """Outer docstring."""
    class Inner:
        def meth(self):
            pass
    def method(self):
        "method doc"
print(Outer.__name__, Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.meth.__qualname__)
print(Outer.__module__, Outer.__doc__, Outer.method.__doc__, Outer.__bases__)
print(sorted(k for k in Outer.__dict__ if not k.startswith("__")))
class S:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
s = S()
print(s.a, hasattr(s, "__dict__"), S.__slots__)
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.b
except AttributeError as e:
    print("AttributeError:", e)
print(s.__class__ is S, type(S).__name__, type(type).__name__, S.__mro__)
