# a finalizer attached to an object in a cycle runs when the collector frees it
import gc
import weakref
gc.collect()
class Node:
    pass
n = Node()
n.me = n
weakref.finalize(n, print, "node finalized")
del n
print("before collect")
print(gc.collect())
print("after collect")
