# chained assignment binds all targets to one object
import sys
a = b = c = []
print(sys.getrefcount(a))
a.append(1)
print(b, c, a is c)
b = []
print(sys.getrefcount(a))
x = y = [a]
print(sys.getrefcount(a), sys.getrefcount(x))
