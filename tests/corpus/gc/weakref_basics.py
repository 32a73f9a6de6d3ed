# weakref.ref: dereferencing, death, sharing of refs without callbacks, equality
import weakref
class T:
    pass
t = T()
r1 = weakref.ref(t)
r2 = weakref.ref(t)
r3 = weakref.ref(t, lambda r: None)
print(r1 is r2, r1 is r3, r1 == r3, r1() is t)
print(repr(r1)[:30].startswith("<weakref at 0x"), "to 'T' at" in repr(r1))
del t
print(r1(), r1 == r2, repr(r1).endswith("; dead>"))
