# instance sizes for classes with __slots__ plus __dict__ or __weakref__, and subclasses
import sys
class A:
    __slots__ = ("x", "__dict__")
class B:
    __slots__ = ("x", "y", "z")
class C(B):
    pass
class D(B):
    __slots__ = ("w",)
print(sys.getsizeof(A()), sys.getsizeof(B()), sys.getsizeof(C()), sys.getsizeof(D()))
class E(dict):
    pass
class F(list):
    __slots__ = ()
print(sys.getsizeof(E()), sys.getsizeof(F()), sys.getsizeof(E(a=1)), sys.getsizeof(F([1, 2, 3])))
