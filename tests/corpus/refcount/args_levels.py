# refcount of an argument passed through one, two and three nested calls
import sys
def lvl3(z):
    return sys.getrefcount(z)
def lvl2(y):
    print("lvl2", sys.getrefcount(y))
    return lvl3(y)
def lvl1(x):
    print("lvl1", sys.getrefcount(x))
    return lvl2(x)
b = [7]
print("top", sys.getrefcount(b))
print("lvl3", lvl1(b))
print("after", sys.getrefcount(b))
