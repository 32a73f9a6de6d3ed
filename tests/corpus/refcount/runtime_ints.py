# ints computed at run time are new objects with ordinary counts
import sys
a = 1000
b = a + 1
print(sys.getrefcount(b))
c = int("12345")
print(sys.getrefcount(c))
d = c
print(sys.getrefcount(c))
e = 2 ** 100 + 1
print(sys.getrefcount(e))
print(sys.getrefcount(c * 2))
print(sys.getrefcount(257), sys.getrefcount(1000) - sys.getrefcount(a))
