# tracemalloc with a traceback limit: statistics by traceback show the call chain
import tracemalloc
tracemalloc.start(3)
def leaf():
    return [bytearray(512) for _ in range(8)]
def mid():
    return leaf()
keep = mid()
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
stat = snap.statistics("traceback")[0]
print(stat.count, stat.size)
for line in stat.traceback.format():
    print(line)
