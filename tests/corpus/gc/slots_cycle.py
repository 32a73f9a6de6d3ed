# instances with __slots__ in a cycle
import gc
gc.collect()
class S:
    __slots__ = ("other", "__weakref__")
a = S()
b = S()
a.other = b
b.other = a
del a, b
print(gc.collect())
