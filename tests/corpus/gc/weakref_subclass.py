# a weakref.ref subclass with extra state (KeyedRef style); subclass instances are not shared
import weakref
class KeyedRef(weakref.ref):
    __slots__ = ("key",)
    def __new__(cls, obj, callback, key):
        self = super().__new__(cls, obj, callback)
        self.key = key
        return self
    def __init__(self, obj, callback, key):
        super().__init__(obj, callback)
def gone(r):
    print("gone", r.key)
class T:
    pass
t = T()
r1 = KeyedRef(t, gone, "a")
r2 = KeyedRef(t, gone, "b")
print(r1 is r2, r1.key, r2.key, r1() is t, weakref.getweakrefcount(t))
del t
print(r1(), r2.key)
