# objects created in a class body are held by the class namespace
import sys
data = [1]
class C:
    a = data
    b = data
    c = [data]
print(sys.getrefcount(data))
del C
print(sys.getrefcount(data))
