# a class-defined __getattribute__ runs for every attribute access; __getattr__ is its fallback
import sys
class C:
    x = 1
    def __getattribute__(self, name):
        print("ga", name)
        if name == "boom":
            raise AttributeError("nope")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
    def m(self): return 5
c = C()
c.y = 2
print(c.x, c.y, c.m(), c.boom, c.zzz)
print(hasattr(c, "boom"), getattr(c, "q", 0))
class D:
    def __getattribute__(self, name):
        if name.startswith("_"): return object.__getattribute__(self, name)
        raise AttributeError(f"D has no {name}")
d = D()
print(hasattr(d, "a"), sys.getrefcount(d))
try:
    d.a
except AttributeError as e:
    print(e)
print(type(d).__name__, d.__class__)
d.a
