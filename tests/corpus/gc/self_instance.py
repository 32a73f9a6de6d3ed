# an instance referencing itself, with and without a materialised __dict__
import gc
gc.collect()
class N:
    pass
n = N()
n.me = n
del n
print(gc.collect())
n = N()
n.me = n
n.__dict__["x"] = 1
del n
print(gc.collect())
