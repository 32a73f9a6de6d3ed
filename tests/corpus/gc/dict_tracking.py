# dicts start untracked and become tracked when a tracked key or value is stored
import gc
d = {}
print(gc.is_tracked(d))
d["a"] = 1
print(gc.is_tracked(d))
d["t"] = (1, 2)
print(gc.is_tracked(d))
d["l"] = []
print(gc.is_tracked(d))
del d["l"]
print(gc.is_tracked(d))
gc.collect()
print(gc.is_tracked(d))
e = dict(x=[1])
print(gc.is_tracked(e))
f = {i: str(i) for i in range(3)}
print(gc.is_tracked(f))
g = {"k": tuple([1, 2])}
print(gc.is_tracked(g))
gc.collect()
print(gc.is_tracked(g))
