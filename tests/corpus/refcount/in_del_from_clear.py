# refcount of self inside __del__ when the last reference is dropped by list.clear() and dict.pop()
import sys
class N:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n, sys.getrefcount(self))
lst = [N(1), N(2)]
lst.clear()
d = {"k": N(3)}
d.pop("k")
print("end")
