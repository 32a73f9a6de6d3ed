# a reachable weakref whose callback stores it: not counted as freed; one that dies after its callback is
import gc
import weakref
gc.collect()
kept = []
class N:
    pass
def cb(r):
    kept.append(r)
n = N()
n.me = n
holder = [weakref.ref(n, cb)]
del n
print(gc.collect())
print(len(kept), kept[0]() is None, kept[0] is holder[0])
m = N()
m.me = m
holder = [weakref.ref(m, lambda r: holder.clear())]
del m
print(gc.collect())
