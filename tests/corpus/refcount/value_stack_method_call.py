# a method call keeps the receiver on the stack while its arguments are evaluated
import sys
class Box:
    def put(self, *a):
        return a[-1]
b = Box()
print(sys.getrefcount(b))
print(b.put(sys.getrefcount(b)))
print(b.put(b, sys.getrefcount(b)))
m = b.put
print(m(sys.getrefcount(b)))
print(getattr(b, "put")(sys.getrefcount(b)))
