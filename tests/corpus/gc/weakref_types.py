# which objects can be weakly referenced
import weakref
for v in (1, "s", (1,), [1], {1: 2}, None, 1.5, b"x"):
    try:
        weakref.ref(v)
        print(type(v).__name__, "ok")
    except TypeError as e:
        print(e)
class L(list):
    pass
class D(dict):
    pass
class T(tuple):
    pass
class I(int):
    pass
for v in (L(), D(), set(), frozenset(), T(), I(1)):
    try:
        r = weakref.ref(v)
        print(type(v).__name__, r() is v)
    except TypeError as e:
        print(e)
