# a closed-over variable lives in a cell; the cell is shared by the inner functions
import sys
def outer():
    c = [5]
    print("in outer", sys.getrefcount(c))
    def inner():
        return c
    def inner2():
        return sys.getrefcount(c)
    print("after defs", sys.getrefcount(c))
    return inner, inner2
f, g = outer()
print(sys.getrefcount(f.__closure__[0].cell_contents))
print(g())
print(f.__closure__[0] is g.__closure__[0])
x = f()
print(sys.getrefcount(x))
