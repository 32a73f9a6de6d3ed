# tracemalloc: snapshots before and after, compared by line
import tracemalloc
tracemalloc.start()
keep = []
before = tracemalloc.take_snapshot()
for i in range(200):
    keep.append([i] * 10)
big = [None] * 5000
text = "x" * 100000
after = tracemalloc.take_snapshot()
stats = after.compare_to(before, "lineno")
for st in stats[:3]:
    print(st)
print(len([s for s in stats if s.size_diff > 0]) >= 3)
cur, peak = tracemalloc.get_traced_memory()
print(cur > 100000, peak >= cur)
tracemalloc.stop()
print(tracemalloc.is_tracing())
