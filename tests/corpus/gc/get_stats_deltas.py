# gc.get_stats per-generation counters change by the expected amounts
import gc
gc.collect()
before = gc.get_stats()
l = []
l.append(l)
del l
gc.collect(0)
gc.collect(1)
gc.collect(1)
gc.collect()
after = gc.get_stats()
for b, a in zip(before, after):
    print({k: a[k] - b[k] for k in a})
print(sorted(after[0]))
