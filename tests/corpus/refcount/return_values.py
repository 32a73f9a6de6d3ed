# a returned value moves to the caller; a new object returned has only the caller's refs
import sys
def make():
    v = [1, 2]
    return v
def passthrough(x):
    return x
r = make()
print(sys.getrefcount(r))
s = passthrough(r)
print(sys.getrefcount(r))
print(sys.getrefcount(make()))
print(sys.getrefcount(passthrough(r)))
def pair(x):
    return x, x
p = pair(r)
print(sys.getrefcount(r))
