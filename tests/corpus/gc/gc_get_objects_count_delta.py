# len(gc.get_objects()) grows by exactly the tracked objects created
import gc
gc.collect()
before = len(gc.get_objects())
keep = [[] for _ in range(100)]
after = len(gc.get_objects())
print(after - before)
more = [(i,) for i in range(50)]
print(len(gc.get_objects()) - after)
ints = [i for i in range(1000, 1100)]
print(len(gc.get_objects()) - after)
