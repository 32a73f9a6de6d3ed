# callbacks of weakrefs to several objects of one collected cycle
import gc
import weakref
gc.collect()
class N:
    def __init__(self, n):
        self.n = n
nodes = [N(i) for i in range(3)]
for i in range(3):
    nodes[i].nxt = nodes[(i + 1) % 3]
refs = [weakref.ref(n, lambda r, i=i: print("cb", i)) for i, n in enumerate(nodes)]
nodes = None
print(gc.collect())
