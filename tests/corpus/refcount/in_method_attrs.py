# attribute references set and read inside methods
import sys
class Holder:
    def __init__(self, v):
        self.v = v
        self.also = v
    def count(self):
        return sys.getrefcount(self.v)
    def drop(self):
        del self.also
        return sys.getrefcount(self.v)
val = [0]
h = Holder(val)
print(sys.getrefcount(val), h.count(), h.drop(), sys.getrefcount(val))
