# WeakKeyDictionary keeps per-object data only while the key object lives
import weakref
class Key:
    def __init__(self, n):
        self.n = n
data = weakref.WeakKeyDictionary()
k1 = Key(1)
k2 = Key(2)
data[k1] = "one"
data[k2] = "two"
print(len(data), data[k1], sorted(data.values()))
del k1
print(len(data), sorted(data.values()))
print(k2 in data, data.get(k2))
k2 = None
print(len(data))
