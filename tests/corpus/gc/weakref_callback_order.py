# several weakrefs with callbacks to one object: callbacks run newest first
import gc
import weakref
gc.collect()
class T:
    pass
t = T()
refs = [weakref.ref(t, lambda r, i=i: print("callback", i)) for i in range(3)]
plain = weakref.ref(t)
print(weakref.getweakrefcount(t))
del t
print("after del")
