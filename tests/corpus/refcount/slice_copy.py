# a slice copy references the same items
import sys
a = [1]
b = [2]
lst = [a, b, a]
cp = lst[:]
print(sys.getrefcount(a), sys.getrefcount(b))
cp2 = lst[::2]
print(sys.getrefcount(a), sys.getrefcount(b))
lst[:] = []
print(sys.getrefcount(a), sys.getrefcount(b))
del cp[0:2]
print(sys.getrefcount(a), sys.getrefcount(b))
