# the same object seen through a global and through locals of several frames
import sys
g = [0]
def f():
    loc = g
    return sys.getrefcount(g)
def h():
    global g2
    g2 = g
    return sys.getrefcount(g)
print(sys.getrefcount(g))
print(f())
print(h())
print(sys.getrefcount(g))
print(sys.getrefcount(globals()["g"]))
del g2
print(sys.getrefcount(g))
