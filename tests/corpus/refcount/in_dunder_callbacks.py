# refcounts seen inside __eq__ (from `in`), __getitem__ (from subscript) and __len__
import sys
class Probe:
    def __eq__(self, other):
        print("__eq__ self", sys.getrefcount(self), "other", sys.getrefcount(other))
        return False
    def __getitem__(self, key):
        print("__getitem__ key", sys.getrefcount(key))
        return None
    def __len__(self):
        print("__len__ self", sys.getrefcount(self))
        return 0
p = Probe()
k = [0]
print(k in [p])
p[k]
len(p)
