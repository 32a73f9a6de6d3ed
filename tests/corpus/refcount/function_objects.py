# counts of function objects: the global name, bound methods and containers
import sys
def f():
    pass
print(sys.getrefcount(f))
fs = [f, f]
print(sys.getrefcount(f))
class C:
    m = f
print(sys.getrefcount(f))
bm = C().m
print(sys.getrefcount(f))
del bm, fs
print(sys.getrefcount(f))
