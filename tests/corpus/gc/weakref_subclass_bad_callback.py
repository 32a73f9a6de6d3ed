# a weakref.ref subclass whose __init__ passes extra args: the second argument becomes the callback (a str), which fails when called
import weakref
class KeyedRef(weakref.ref):
    def __init__(self, obj, key):
        super().__init__(obj)
        self.key = key
class T:
    pass
t = T()
r1 = KeyedRef(t, "a")
r2 = KeyedRef(t, "b")
print(r1 is r2, r1.key, r2.key, r1() is t, weakref.getweakrefcount(t))
del t
print(r1(), r2.key)
