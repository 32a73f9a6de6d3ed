# gc.get_count() after collect and after allocating tracked objects
import gc
gc.collect()
print(gc.get_count())
a = [[] for _ in range(10)]
print(gc.get_count())
b = [{} for _ in range(10)]
print(gc.get_count())
del a
print(gc.get_count())
gc.collect(0)
print(gc.get_count())
gc.collect(1)
print(gc.get_count())
