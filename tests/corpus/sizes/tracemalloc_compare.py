# tracemalloc compare_to between two snapshots, filtered to this file
import tracemalloc
tracemalloc.start()
f = tracemalloc.Filter(True, __file__)
s1 = tracemalloc.take_snapshot().filter_traces([f])
leak = []
for i in range(1000):
    leak.append(str(i) * 10)
s2 = tracemalloc.take_snapshot().filter_traces([f])
for stat in s2.compare_to(s1, "lineno")[:3]:
    print(stat)
