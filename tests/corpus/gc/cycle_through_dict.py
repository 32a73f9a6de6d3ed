# an instance and a dict referencing each other
import gc
gc.collect()
class Holder:
    pass
h = Holder()
registry = {"holder": h}
h.registry = registry
del h, registry
print(gc.collect())
