# a list of n references to one object, and its destruction
import sys
o = object()
for n in (0, 1, 10, 100):
    lst = [o] * n
    print(n, sys.getrefcount(o))
del lst
print(sys.getrefcount(o))
lst = [o for _ in range(50)]
print(sys.getrefcount(o))
lst2 = lst * 2
print(sys.getrefcount(o))
