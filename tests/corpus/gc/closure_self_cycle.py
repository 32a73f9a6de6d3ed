# a closure that refers to itself through its cell: only the collector frees it
import gc
import weakref
gc.collect()
class Tag:
    pass
def make():
    tag = Tag()
    def f():
        return f, tag
    return f, weakref.ref(tag)
f, wr = make()
del f
print(wr() is not None)
print(gc.collect())
print(wr() is None)
