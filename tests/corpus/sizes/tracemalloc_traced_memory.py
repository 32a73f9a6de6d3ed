# tracemalloc.get_traced_memory around allocating a big list of ints
import tracemalloc
tracemalloc.start()
cur0, peak0 = tracemalloc.get_traced_memory()
data = list(range(10000))
cur1, peak1 = tracemalloc.get_traced_memory()
print(cur1 - cur0)
del data
cur2, peak2 = tracemalloc.get_traced_memory()
print(cur2 - cur0, peak2 - cur0)
print(tracemalloc.is_tracing())
tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
