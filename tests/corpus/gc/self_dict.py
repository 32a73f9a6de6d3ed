# a dict holding itself as a value, and one holding itself through a list
import gc
gc.collect()
d = {}
d["me"] = d
print(d)
del d
print(gc.collect())
e = {"items": []}
e["items"].append(e)
del e
print(gc.collect())
