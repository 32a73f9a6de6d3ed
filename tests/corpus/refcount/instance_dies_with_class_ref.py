# an instance holds a reference to its class
import sys
class A:
    pass
before = sys.getrefcount(A)
objs = [A() for _ in range(10)]
print(sys.getrefcount(A) - before)
objs.clear()
print(sys.getrefcount(A) - before)
