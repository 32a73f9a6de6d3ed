# in a collection weakref callbacks run before __del__ methods
import gc
import weakref
gc.collect()
class N:
    def __del__(self):
        print("__del__")
n = N()
n.me = n
r = weakref.ref(n, lambda ref: print("weakref callback"))
del n
print(gc.collect())
