# types are singletons per class; type(x) of builtin values
class A:
    pass
print(type(A()) is A, type(1) is int, type(True) is bool, type(None) is type(None))
print(type([]) is list, type({}) is dict, type(()) is tuple, type(A) is type, type(type) is type)
print(int.__class__ is type, A.__class__ is type, A().__class__ is A, object.__class__ is type)
print(isinstance(A, type), isinstance(A(), object), issubclass(A, object), bool.__mro__)
