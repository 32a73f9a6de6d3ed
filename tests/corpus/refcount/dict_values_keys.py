# a dict holds its keys and values; replacing a value drops the old one
import sys
class K:
    pass
k = K()
v = [1]
d = {k: v}
print(sys.getrefcount(k), sys.getrefcount(v))
d[k] = v
print(sys.getrefcount(k), sys.getrefcount(v))
d[k] = None
print(sys.getrefcount(k), sys.getrefcount(v))
d["other"] = v
d["again"] = v
print(sys.getrefcount(v))
del d[k]
print(sys.getrefcount(k))
w = d.pop("other")
print(sys.getrefcount(v))
del w
d.clear()
print(sys.getrefcount(v), len(d))
