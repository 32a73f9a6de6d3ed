# built-in types that cannot be weakly referenced, and subclasses that can
import weakref
for obj in [1, "s", (1,), [1], {"a": 1}, None, object(), 1.5, b"b"]:
    try:
        weakref.ref(obj)
        print(type(obj).__name__, "ok")
    except TypeError as e:
        print(e)
class L(list):
    pass
class D(dict):
    pass
class Slot:
    __slots__ = ("a",)
print(weakref.ref(L())() is None, weakref.ref(D()) is not None)
try:
    weakref.ref(Slot())
except TypeError as e:
    print(e)
