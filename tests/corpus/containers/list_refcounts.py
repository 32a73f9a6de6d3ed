import sys
x = object()
print(sys.getrefcount(x))
l = []
l.append(x)
print(sys.getrefcount(x))
l2 = l * 3
print(sys.getrefcount(x))
s = l2[1:]
print(sys.getrefcount(x))
s.clear()
print(sys.getrefcount(x))
y = l2.pop()
print(sys.getrefcount(x))
del y
print(sys.getrefcount(x))
l2.extend(l2)
print(sys.getrefcount(x))
l2.remove(x)
print(sys.getrefcount(x))
del l2[:]
print(sys.getrefcount(x))
l2 = [x, x]
l2[0] = None
print(sys.getrefcount(x))
l2.insert(0, x)
print(sys.getrefcount(x))
l2.reverse()
l2.sort(key=id)
print(sys.getrefcount(x))
del l2
print(sys.getrefcount(x))
