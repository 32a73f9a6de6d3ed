# a suspended generator in a cycle with a local of its own frame: freed by gc.collect(), which returns 0
import gc
import weakref
gc.collect()
class Holder:
    pass
def gen(h):
    h.g = g_ref[0]
    yield 1
    yield 2
g_ref = [None]
h = Holder()
g = gen(h)
g_ref[0] = g
next(g)
g_ref[0] = None
w = weakref.ref(h)
del g, h
print(w() is None)
print(gc.collect())
print(w() is None)
