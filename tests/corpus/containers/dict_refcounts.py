import sys
k = 'key' + str(1)
v = object()
print(sys.getrefcount(k), sys.getrefcount(v))
d = {k: v}
print(sys.getrefcount(k), sys.getrefcount(v))
e = d.copy()
print(sys.getrefcount(k), sys.getrefcount(v))
x = e.pop(k)
print(sys.getrefcount(k), sys.getrefcount(v))
del x
d.clear()
print(sys.getrefcount(k), sys.getrefcount(v))
d = dict.fromkeys([k, k], v)
print(sys.getrefcount(k), sys.getrefcount(v))
items = list(d.items())
print(sys.getrefcount(k), sys.getrefcount(v))
del items, d
print(sys.getrefcount(k), sys.getrefcount(v))
