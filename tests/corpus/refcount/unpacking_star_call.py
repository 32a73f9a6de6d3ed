# f(*lst) builds a tuple of arguments that is freed after the call
import sys
x = [1]
lst = [x, x]
def f(a, b):
    return sys.getrefcount(x)
print(f(*lst))
print(f(*lst, ))
print(sys.getrefcount(x))
def g(*a):
    return sys.getrefcount(x)
print(g(*lst, *lst))
