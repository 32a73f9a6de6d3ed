# a cycle through a list, a dict, a tuple and a set of frozensets: all pieces are counted
import gc
gc.collect()
a = []
d = {"list": a}
t = (d, 1)
a.append(t)
a.append({frozenset([1]), frozenset()})
del a, d, t
print(gc.collect())
