# weakrefs to cycle members: callbacks see a dead referent; a weakref inside the garbage never calls back
import gc
import weakref
gc.collect()
class N:
    pass
a = N()
b = N()
a.b = b
b.a = a
outside = weakref.ref(a, lambda r: print("outside callback", r()))
b.inside = weakref.ref(a, lambda r: print("inside callback"))
del a, b
print(gc.collect())
print(outside())
