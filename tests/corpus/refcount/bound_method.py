# a bound method holds its instance (__self__) and the function
import sys
class K:
    def m(self):
        return sys.getrefcount(self)
k = K()
print(sys.getrefcount(k))
bm = k.m
print(sys.getrefcount(k))
print(sys.getrefcount(bm))
print(bm())
print(k.m())
bm2 = k.m
print(bm is bm2, bm == bm2)
print(sys.getrefcount(k))
del bm, bm2
print(sys.getrefcount(k))
