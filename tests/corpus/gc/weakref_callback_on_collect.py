# a weakref callback runs when the collector frees the referent
import gc
import weakref
gc.collect()
class Node:
    pass
a = Node()
a.me = a
def cb(ref):
    print("callback, referent alive?", ref() is not None)
r = weakref.ref(a, cb)
del a
print("collecting")
print(gc.collect())
print(r())
