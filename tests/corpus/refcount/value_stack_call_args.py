# an object already pushed as an earlier argument is counted by a later getrefcount in the same call
import sys
x = [0]
def f(*args):
    return args[-1]
print(sys.getrefcount(x))
print(f(x, sys.getrefcount(x)))
print(f(x, x, sys.getrefcount(x)))
print(f(sys.getrefcount(x), x))
print(sys.getrefcount(x))
