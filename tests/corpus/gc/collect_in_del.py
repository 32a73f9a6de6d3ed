# calling gc.collect() from inside __del__ during refcount deallocation
import gc
gc.collect()
class Inner:
    pass
class Outer:
    def __del__(self):
        x = Inner()
        x.me = x
        del x
        print("collected in __del__:", gc.collect())
o = Outer()
del o
print("end")
