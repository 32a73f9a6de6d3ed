# tracemalloc snapshot statistics by line for a few allocations
import tracemalloc
tracemalloc.start()
a = [bytearray(1000) for _ in range(10)]
b = ["x" * 500 for _ in range(20)]
c = {i: str(i) for i in range(100)}
snap = tracemalloc.take_snapshot()
snap = snap.filter_traces([tracemalloc.Filter(True, __file__)])
for stat in snap.statistics("lineno"):
    print(stat)
