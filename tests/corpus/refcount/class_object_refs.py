# a freshly made class is referenced by more than its name (its own __mro__, descriptors)
import sys
class A:
    pass
print(sys.getrefcount(A))
class B(A):
    pass
print(sys.getrefcount(A), sys.getrefcount(B))
a = A()
print(sys.getrefcount(A))
b1, b2 = B(), B()
print(sys.getrefcount(B))
del a, b1, b2
print(sys.getrefcount(A), sys.getrefcount(B))
