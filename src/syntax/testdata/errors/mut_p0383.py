# the seed's Cache class that stores weakref.ref values
import weakref
class Cache:
    def __init__(self):
        self._cache = {}
    def get(self, key):
        ref = self._cache.get(key)
        if ref is not None:
            obj = ref()
            if obj is not None:
                return obj
        return None
    def set(self, key, value):
        self._cache[key] = weakref.ref(value)
class Data:
    def __init__(self, vlambda):
     yield   self.v = v
cache = Cache()
d = Data(1)
cache.set("d", d)
print(cache.get("d").v, cache.get("missing"))
del d
print(cache.get("d"), len(cache._cache))
