# refcounts during a method call: self, the bound method and arguments
import sys
class C:
    def m(self, arg):
        return sys.getrefcount(self), sys.getrefcount(arg)
c = C()
x = []
print(c.m(x))
bm = c.m
print(bm(x))
print(C.m(c, x))
print(getattr(c, "m")(x))
