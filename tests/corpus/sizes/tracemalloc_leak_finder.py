# finding the line that leaks with two snapshots, a learner's typical use
import tracemalloc
def process(store, n):
    for i in range(n):
        store.append("record-%05d" % i)
tracemalloc.start()
flt = [tracemalloc.Filter(True, __file__)]
before = tracemalloc.take_snapshot().filter_traces(flt)
store = []
process(store, 2000)
after = tracemalloc.take_snapshot().filter_traces(flt)
top = after.compare_to(before, "lineno")
print(top[0])
print(top[0].size_diff > 0, top[0].count_diff)
