# attributes of an instance hold references (inline values, then a materialised __dict__)
import sys
class K:
    pass
k = K()
print(sys.getrefcount(k))
k.attr = [3]
print(sys.getrefcount(k.attr))
a = k.attr
print(sys.getrefcount(a))
k.other = a
print(sys.getrefcount(a))
d = k.__dict__
print(sys.getrefcount(a), sys.getrefcount(d))
del k.attr
print(sys.getrefcount(a))
del d
print(sys.getrefcount(a))
