# a class is weakly referenced from its bases' tp_subclasses dict: weakref.getweakrefcount
# sees it, weakref.ref(C) is that very reference, and a class statement costs the weakref
# (and the base's dict for its first subclass) in gen0
import gc
import weakref
g = gc.get_count
class C:
    pass
print(weakref.getweakrefcount(C), weakref.getweakrefs(C)[0] is weakref.ref(C))
class D(C):
    pass
class E(D):
    pass
print(weakref.getweakrefcount(C), weakref.getweakrefcount(D), weakref.getweakrefcount(E))
r = weakref.ref(E)
print(weakref.getweakrefcount(E), r() is E)
gc.collect()
g()
class Warm:
    pass
r = [g()[0]]
class F:
    pass
r.append(g()[0])
class G(F):
    pass
r.append(g()[0])
class H(F):
    x = 1
    def m(self):
        pass
r.append(g()[0])
print([b - a for a, b in zip(r, r[1:])])
del G, H
print(gc.collect())
class I(F):
    pass
print(weakref.getweakrefcount(F), len(F.__subclasses__()))
del I
print(gc.collect(), len(F.__subclasses__()))
class M(type):
    pass
class N(metaclass=M):
    pass
print(weakref.getweakrefcount(M), weakref.getweakrefcount(N))
