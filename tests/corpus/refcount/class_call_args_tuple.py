# calling a class packs its arguments in a tuple (and keywords in a dict) that holds a
# reference while __new__/__init__/__call__ run (_PyObject_MakeTpCall, _PyStack_UnpackDict)
import sys
import gc
S = object()
class K:
    def __init__(self, x, y=S):
        print("K init", sys.getrefcount(x), sys.getrefcount(y))
o = object(); p = object()
K(o)
K(o, p)
K(o, y=p)
K(x=o, y=p)
class L(list):
    def __init__(self, x):
        print("L init", sys.getrefcount(x))
L(o)
class M:
    def __new__(cls, x, y=S):
        print("M new", sys.getrefcount(x), sys.getrefcount(y))
        return object.__new__(cls)
    def __init__(self, x, y=S):
        print("M init", sys.getrefcount(x), sys.getrefcount(y))
M(o)
M(o, y=p)
class Meta(type):
    def __call__(cls, *a, **k):
        print("Meta call", sys.getrefcount(a[0]), [sys.getrefcount(v) for v in k.values()])
        return super().__call__()
class Q(metaclass=Meta):
    pass
Q(o)
Q(o, z=p)
class Callable:
    def __call__(self, x, y=S):
        print("call", sys.getrefcount(x), sys.getrefcount(y))
c = Callable()
c(o)
c(o, y=p)
class E(Exception):
    def __init__(self, x):
        print("E init", sys.getrefcount(x))
E(o)
print(sys.getrefcount(o), sys.getrefcount(p))
def delta(make):
    gc.collect()
    gc.get_count()
    before = gc.get_count()[0]
    obj = make()
    return gc.get_count()[0] - before
l = []
for name, make in [("K()", lambda: K(o)), ("Kkw", lambda: K(o, y=p)), ("str", lambda: str("a")),
                   ("int", lambda: int("5")), ("bytes", lambda: bytes(b"ab")), ("slice", lambda: slice(1)),
                   ("list", lambda: list(l)), ("set", lambda: set(l)), ("range", lambda: range(3)),
                   ("reversed", lambda: reversed(l)), ("enumerate", lambda: enumerate(l)),
                   ("filter", lambda: filter(None, l)),
                   ("callable", lambda: c(o)), ("ValueError", lambda: ValueError("x"))]:
    print(name, delta(make))
