from abc import ABC, abstractmethod, ABCMeta
class S(ABC):
    @abstractmethod
    def b(self): ...
    @abstractmethod
    def a(self): ...
class T(S):
    def a(self): pass
for c in (S, T):
    try: c()
    except TypeError as e: print(e)
print(S.__abstractmethods__, T.__abstractmethods__, type(S), ABC.__abstractmethods__)
class U(T):
    def b(self): return 1
print(U().b(), isinstance(U(), S), issubclass(U, ABC), S.__dict__.get('_abc_impl') is not None)
class V(metaclass=ABCMeta): pass
V.register(int); print(isinstance(3, V), issubclass(bool, V))
print(ABC.__module__, ABCMeta.__module__, repr(ABC))
try: ABC.register(3)
except TypeError as e: print(e)
print([k for k in S.__dict__])
