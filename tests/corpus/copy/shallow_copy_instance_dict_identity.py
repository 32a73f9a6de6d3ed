# a shallow-copied instance gets its own __dict__ holding the same values
import copy
import sys
class A:
    pass
a = A()
a.v = [1]
print(sys.getrefcount(a.v))
b = copy.copy(a)
print(sys.getrefcount(a.v), b.v is a.v, vars(b) is vars(a))
