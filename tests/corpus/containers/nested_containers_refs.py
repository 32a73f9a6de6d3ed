import sys
inner = [1, 2]
outer = [inner, inner, (inner,)]
print(sys.getrefcount(inner))
copy = outer[:]
print(sys.getrefcount(inner))
deep = [outer, copy]
del outer, copy
print(sys.getrefcount(inner))
deep.clear()
print(sys.getrefcount(inner))
m = {'a': inner}
n = dict(m)
print(sys.getrefcount(inner))
n.update(b=inner)
print(sys.getrefcount(inner))
del m, n
print(sys.getrefcount(inner))
