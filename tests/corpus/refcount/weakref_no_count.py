# weak references do not change the strong count
import sys
import weakref
class K:
    pass
k = K()
print(sys.getrefcount(k))
r = weakref.ref(k)
print(sys.getrefcount(k))
p = weakref.proxy(k)
print(sys.getrefcount(k))
print(weakref.getweakrefcount(k))
s = r()
print(sys.getrefcount(k))
