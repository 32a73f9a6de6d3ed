# a weakref that is itself part of the garbage: its callback does not run
import gc
import weakref
gc.collect()
class Node:
    pass
a = Node()
a.me = a
a.wr = weakref.ref(a, lambda r: print("never printed"))
del a
print(gc.collect())
print("end")
