# tracemalloc structure without exact sizes: where objects were allocated, how many, ordering
import tracemalloc
def make(n):
    return [bytes(200 + i) for i in range(n)]
def outer():
    return make(40)
tracemalloc.start(4)
big = outer()
small = [b"%d" % i * 3 for i in range(5)]
tb = tracemalloc.get_object_traceback(big[0])
print(len(tb), [f.lineno for f in tb], tb.total_nframe)
for line in tb.format(limit=2):
    print(line)
for line in tb.format(most_recent_first=True):
    print(line)
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
stats = snap.statistics("lineno")
print(stats[0].traceback[0].lineno, stats[0].count >= 40, stats[0].size > 40 * 200)
by_tb = snap.statistics("traceback")
print([f.lineno for f in by_tb[0].traceback])
cum = snap.statistics("lineno", cumulative=True)
print(sorted(s.traceback[0].lineno for s in cum if s.count >= 40))
before = snap
del big
after = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
diff = after.compare_to(before, "lineno")
print(diff[0].traceback[0].lineno, diff[0].size, diff[0].size_diff < -8000, diff[0].count_diff <= -40)
tracemalloc.clear_traces()
print(tracemalloc.get_object_traceback(small[0]), tracemalloc.is_tracing())
tracemalloc.stop()
print(tracemalloc.get_traced_memory(), tracemalloc.get_traceback_limit())
