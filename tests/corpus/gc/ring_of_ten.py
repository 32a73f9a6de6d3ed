# a ring of ten instances: each freed by the collector, __del__ runs for all
import gc
gc.collect()
class R:
    def __init__(self, i):
        self.i = i
    def __del__(self):
        print("del", self.i)
nodes = [R(i) for i in range(10)]
for i, n in enumerate(nodes):
    n.next = nodes[(i + 1) % 10]
del n
nodes = None
print("ring unreachable")
print("collected", gc.collect())
