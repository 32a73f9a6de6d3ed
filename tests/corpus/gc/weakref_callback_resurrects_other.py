# a weakref callback that stores another object keeps it alive
import gc
import weakref
gc.collect()
saved = []
class Box:
    pass
a = Box()
b = Box()
a.b = b
def cb(ref, keep=b):
    saved.append(keep)
    print("callback saved", type(keep).__name__)
r = weakref.ref(a, cb)
del a, b
print(len(saved), type(saved[0]).__name__ if saved else None)
