# tracemalloc statistics grouped by filename, and Statistic attributes
import tracemalloc
tracemalloc.start()
blob = [bytes(100) for _ in range(50)]
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
stats = snap.statistics("filename")
print(len(stats))
st = stats[0]
print(st.traceback[0].filename, st.count, st.size)
print(st)
