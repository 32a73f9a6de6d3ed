# sizes of functions, lambdas, classes, type, modules, bound methods, code objects
import sys
def f():
    pass
def g(a, b=1, *args, **kw):
    x = a + b
    return x
class C:
    def m(self):
        pass
import math
print(sys.getsizeof(f), sys.getsizeof(lambda: 0), sys.getsizeof(g))
print(sys.getsizeof(C), sys.getsizeof(type), sys.getsizeof(int), sys.getsizeof(math))
print(sys.getsizeof(C().m), sys.getsizeof(len), sys.getsizeof(f.__code__))
class D(C):
    x = 1
print(sys.getsizeof(D))
