# a property getter returns a new reference; the instance itself is not held
import sys
class P:
    def __init__(self):
        self._v = [1]
    @property
    def v(self):
        return self._v
p = P()
print(sys.getrefcount(p._v))
x = p.v
print(sys.getrefcount(x))
print(sys.getrefcount(p))
print(sys.getrefcount(P.v))
