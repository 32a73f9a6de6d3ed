# the __defaults__ tuple and the objects inside it
import sys
def f(a=[1], b=[2]):
    pass
d = f.__defaults__
print(sys.getrefcount(d))
print(sys.getrefcount(d[0]))
g = f
print(sys.getrefcount(d))
f.__defaults__ = None
print(sys.getrefcount(d))
