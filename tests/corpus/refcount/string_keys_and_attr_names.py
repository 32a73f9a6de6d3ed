# refcount of a run-time string used as dict key and attribute value
import sys
key = "".join(["dyn", "key"])
print(sys.getrefcount(key))
d = {key: 1}
print(sys.getrefcount(key))
d2 = dict.fromkeys([key, key])
print(sys.getrefcount(key))
class O:
    pass
o = O()
o.v = key
print(sys.getrefcount(key))
del d, d2, o
print(sys.getrefcount(key))
