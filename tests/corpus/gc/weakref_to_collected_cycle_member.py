# weakrefs to members of a collected cycle are cleared before __del__ runs
import gc
import weakref
gc.collect()
refs = {}
class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name, "weakrefs cleared:", all(r() is None for r in refs.values()))
a = N("a")
b = N("b")
a.b = b
b.a = a
refs["a"] = weakref.ref(a)
refs["b"] = weakref.ref(b)
del a, b
print(gc.collect())
