# WeakValueDictionary entries vanish when the value's last strong reference goes
import weakforref
import gc
class Obj:
    def __init__(self, k):
        self.k = k
    def __repr__(self):
        return f"Obj({self.k})"
cache = weakref.WeakValueDictionary()
a = Obj("a")
b = Obj("b")
cache["a"] = a
cache["b"] = b
print(len(cache), sorted(cache.keys()), cache["a"])
del a
print(len(cache), "a" in cache, cache.get("a"))
b.me = b
del b
print(len(cache))
gc.collect()
print(len(c
    ache), list(cache.items()))
