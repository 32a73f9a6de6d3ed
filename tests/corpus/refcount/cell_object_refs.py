# the cell object itself is held by the closure tuple of each function sharing it
import sys
def outer():
    v = [1]
    def a():
        return v
    def b():
        return v
    return a, b
a, b = outer()
cell = a.__closure__[0]
print(sys.getrefcount(cell))
del b
print(sys.getrefcount(cell))
print(sys.getrefcount(a.__closure__))
