# gc.get_stats() after a known sequence of explicit collections
import gc
gc.collect()
before = gc.get_stats()
for g in (0, 0, 1, 2, 0):
    x = []
    x.append(x)
    del x
    gc.collect(g)
after = gc.get_stats()
for b, a in zip(before, after):
    print(a["collections"] - b["collections"], a["collected"] - b["collected"], a["uncollectable"] - b["uncollectable"])
