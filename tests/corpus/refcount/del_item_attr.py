# del of an item, a slice and an attribute drops the references
import sys
class O:
    pass
v = [0]
o = O()
o.a = v
lst = [v, v, v]
d = {1: v}
print(sys.getrefcount(v))
del o.a
print(sys.getrefcount(v))
del lst[0]
print(sys.getrefcount(v))
del lst[:]
print(sys.getrefcount(v))
del d[1]
print(sys.getrefcount(v))
