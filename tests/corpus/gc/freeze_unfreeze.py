# gc.freeze moves tracked objects to the permanent generation: they are never collected
import gc
gc.collect()
x = []
x.append(x)
gc.freeze()
print(gc.get_freeze_count() > 0)
del x
print(gc.collect())
gc.unfreeze()
print(gc.get_freeze_count())
print(gc.collect())
