# a suspended generator's frame keeps its arguments and locals alive
import sys
def gen(obj):
    local = obj
    yield sys.getrefcount(obj)
    yield sys.getrefcount(obj)
x = [0]
g = gen(x)
print(sys.getrefcount(x))
print(next(g))
print(sys.getrefcount(x))
print(next(g))
print(next(g, "done"))
print(sys.getrefcount(x))
g2 = gen(x)
print(sys.getrefcount(x))
del g2
print(sys.getrefcount(x))
