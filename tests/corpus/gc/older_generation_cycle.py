# a cycle that became garbage in generation 1 is not found by collect(0)
import gc
gc.collect()
a = []
b = [a]
a.append(b)
gc.collect(0)
del a, b
print(gc.collect(0))
print(gc.collect(1))
c = {}
c["c"] = c
gc.collect(1)
del c
print(gc.collect(0), gc.collect(1), gc.collect(2))
