# class object sizes (shared keys counted in heap types), methods and iterators
import sys
class A: pass
class S: __slots__ = ("a",)
class SD: __slots__ = ("a", "__dict__")
class B(A): __slots__ = ()
class L(list): pass
class E(Exception): pass
class I(int): pass
print([sys.getsizeof(c) for c in (A, S, SD, B, L, E, I)])
print(sys.getsizeof([].append), sys.getsizeof(len), sys.getsizeof(iter([])), sys.getsizeof(iter({})))
l = L(); l.x = 1
i = I(5); i.x = 1
print(sys.getsizeof(l.__dict__), sys.getsizeof(i.__dict__), sys.getsizeof(l), sys.getsizeof(i))
