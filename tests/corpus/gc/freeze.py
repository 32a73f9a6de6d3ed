# gc.freeze moves everything to the permanent generation; unfreeze brings it back
import gc
gc.collect()
print(gc.get_freeze_count())
x = []
x.append(x)
gc.freeze()
print(gc.get_freeze_count() > 0)
del x
print(gc.collect())
gc.unfreeze()
print(gc.get_freeze_count())
print(gc.collect())
