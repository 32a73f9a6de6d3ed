# tracemalloc is_tracing, get_traceback_limit, reset_peak and clear_traces
import tracemalloc
print(tracemalloc.is_tracing())
tracemalloc.start(5)
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
buf = bytearray(100000)
cur, peak = tracemalloc.get_traced_memory()
print(cur >= 100000, peak >= cur)
del buf
tracemalloc.reset_peak()
cur2, peak2 = tracemalloc.get_traced_memory()
print(cur2 < 100000, peak2 < 100000, peak2 >= cur2)
tracemalloc.clear_traces()
print(tracemalloc.get_traced_memory())
tracemalloc.stop()
print(tracemalloc.is_tracing())
