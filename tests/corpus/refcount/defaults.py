# default argument values are held by __defaults__ and __kwdefaults__
import sys
def d(x=[0], *, y={}):
    return sys.getrefcount(x), sys.getrefcount(y)
print(d())
print(sys.getrefcount(d.__defaults__[0]))
print(sys.getrefcount(d.__kwdefaults__["y"]))
other = [1]
print(d(other, y=other))
print(sys.getrefcount(other))
saved = d.__defaults__[0]
d.__defaults__ = ([2],)
print(sys.getrefcount(saved))
