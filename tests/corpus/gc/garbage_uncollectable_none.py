# cycles with __del__ are collectable in 3.x: gc.garbage stays empty
import gc
gc.collect()
class D:
    def __del__(self):
        pass
a = D()
b = D()
a.b = b
b.a = a
del a, b
print(gc.collect(), gc.garbage)
