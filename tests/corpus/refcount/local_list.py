# getrefcount of a list bound to a fast local, and of a fresh temporary
import sys
def f():
    a = [1, 2]
    print(sys.getrefcount(a))
    b = a
    print(sys.getrefcount(b))
    print(sys.getrefcount([]))
    print(sys.getrefcount(object()))
    print(sys.getrefcount([a]))
    print(sys.getrefcount(a))
f()
