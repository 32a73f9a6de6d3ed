# gc.is_finalized reports whether __del__ already ran for a resurrected object
import gc
gc.collect()
keep = []
class N:
    def __del__(self):
        keep.append(self)
n = N()
n.me = n
print(gc.is_finalized(n))
del n
gc.collect()
print(gc.is_finalized(keep[0]))
plain = N.__new__(N)
print(gc.is_finalized(plain))
keep.clear()
del plain
