# get_referents of an instance (its type and attribute values) and of a function
import gc
class P:
    def __init__(self):
        self.a = [1]
        self.b = "s"
p = P()
refs = gc.get_referents(p)
print(sorted(type(r).__name__ for r in refs))
print(any(r is P for r in refs), any(r is p.a for r in refs))
p.__dict__
print(sorted(type(r).__name__ for r in gc.get_referents(p)))
def f(x=[1]):
    return x
print(sorted(type(r).__name__ for r in gc.get_referents(f)))
