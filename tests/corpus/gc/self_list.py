# a list that contains itself is freed only by the collector: collect() returns 1
import gc
gc.collect()
l = []
l.append(l)
print(len(l), l)
del l
print(gc.collect())
print(gc.collect())
