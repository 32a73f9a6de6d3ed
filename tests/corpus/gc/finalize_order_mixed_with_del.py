# on refcount death: __del__ runs first, then weakref callbacks and finalize
import weakref
class R:
    def __del__(self):
        print("__del__")
r = R()
weakref.finalize(r, print, "finalize 1")
weakref.ref(r, lambda _: print("weakref callback"))
wr = weakref.ref(r, lambda _: print("kept weakref callback"))
weakref.finalize(r, print, "finalize 2")
del r
print("end")
