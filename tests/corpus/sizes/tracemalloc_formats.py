# tracemalloc's Statistic/StatisticDiff/Trace/Traceback formats and errors, from hand-made values
import tracemalloc
from tracemalloc import Statistic, StatisticDiff, Traceback, Frame, Filter, Snapshot
tb = Traceback((("b.py", 7), ("a.py", 3)), 5)
print(tb, repr(tb), len(tb), tb[0], repr(tb[-1]), tb.total_nframe)
print([str(f) for f in tb], Frame(("a.py", 3)) in tb, Frame(("a.py", 3)) < Frame(("b.py", 1)))
for size in (0, 1, 99, 1023, 10239, 10240, 102400, 1048576, 5 * 1024 ** 3, 3 * 1024 ** 5):
    print(Statistic(tb, size, 3))
print(Statistic(tb, 10, 0), repr(Statistic(tb, 10, 2)))
print(StatisticDiff(tb, 20480, -4096, 4, -2))
print(StatisticDiff(tb, 0, -100, 0, -1), repr(StatisticDiff(tb, 5, 5, 1, 1)))
traces = [(0, 100, (("x.py", 2), ("m.py", 9)), 2), (0, 50, (("x.py", 2), ("n.py", 1)), 2),
          (0, 30, (("y.py", 4),), 1)]
snap = Snapshot(traces, 2)
for key in ("lineno", "filename", "traceback"):
    print(key, [str(s) for s in snap.statistics(key)])
print([str(s) for s in snap.statistics("lineno", cumulative=True)])
print(len(snap.traces), repr(snap.traces), str(snap.traces[2]), repr(snap.traces[0]))
old = Snapshot(traces[1:], 2)
print([str(s) for s in snap.compare_to(old, "filename")])
print(len(snap.filter_traces([Filter(False, "y.py")]).traces),
      len(snap.filter_traces([Filter(True, "*.py", 2)]).traces),
      len(snap.filter_traces([Filter(True, "n.py", all_frames=True)]).traces),
      len(snap.filter_traces([]).traces))
for bad in (lambda: snap.statistics("nope"), lambda: snap.statistics("traceback", True),
            lambda: tracemalloc.start(0), lambda: tracemalloc.take_snapshot(),
            lambda: snap.filter_traces(3)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(tracemalloc.get_traced_memory(), tracemalloc.get_tracemalloc_memory(), tracemalloc.is_tracing())
