# a class attribute is held by the class dict; instances reading it add nothing
import sys
class A:
    ca = [1, 2, 3]
print(sys.getrefcount(A.ca))
a1 = A()
a2 = A()
print(sys.getrefcount(A.ca))
x = a1.ca
print(sys.getrefcount(A.ca))
a2.ca = x
print(sys.getrefcount(A.ca))
del A.ca
print(sys.getrefcount(x))
print(a1.__class__.__dict__.get("ca"))
