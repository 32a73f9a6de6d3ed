# DEBUG_SAVEALL keeps a cycle through dicts in gc.garbage, in collection order
import gc
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
d1 = {"name": "d1"}
d2 = {"name": "d2", "other": d1}
d1["other"] = d2
del d1, d2
print(gc.collect())
print(sorted(d["name"] for d in gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect())
