# WeakValueDictionary values in cycles leave only after a collection; KeyedRef callbacks
import gc
import weakref
gc.collect()
class V:
    def __init__(self, n):
        self.n = n
        self.me = self
d = weakref.WeakValueDictionary()
for i in range(4):
    d[i] = V(i)
print(len(d))
print(gc.collect())
print(len(d), list(d.keys()))
