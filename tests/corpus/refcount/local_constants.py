# a constant bound to a local inside a function of __main__
import sys
def f():
    x = 1000
    t = ("a", "tuple")
    return sys.getrefcount(x), sys.getrefcount(t)
print(f())
def g():
    return sys.getrefcount(123456)
print(g())
def h():
    a = 2.75
    b = 2.75
    return sys.getrefcount(a)
print(h())
