# a weakref callback run by the collector builds a new cycle; the next collection frees it
import gc
import weakref
gc.collect()
made = []
class N:
    pass
def cb(r):
    n = N()
    n.me = n
    made.append(weakref.ref(n))
    print("callback, referent is", r())
x = N()
x.me = x
w = weakref.ref(x, cb)
del x
print(gc.collect())
print(made[0]() is not None)
print(gc.collect())
print(made[0]() is None)
