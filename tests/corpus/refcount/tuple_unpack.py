# unpacking binds each item; the temporary tuple is freed
import sys
x = [1]
y = [2]
t = (x, y)
print(sys.getrefcount(x))
a, b = t
print(sys.getrefcount(x))
del t
print(sys.getrefcount(x))
a, b = b, a
print(a is y, b is x, sys.getrefcount(x))
first, *rest = [x, y, x]
print(sys.getrefcount(x), len(rest))
(p, q), r = (x, y), x
print(sys.getrefcount(x))
