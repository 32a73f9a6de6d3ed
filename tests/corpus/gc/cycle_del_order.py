# the order in which __del__ runs for members of one unreachable cycle
import gc
gc.collect()
class N:
    def __init__(self, i):
        self.i = i
    def __del__(self):
        print("del", self.i)
ns = [N(i) for i in range(5)]
for a, b in zip(ns, ns[1:] + ns[:1]):
    a.nxt = b
del a, b
ns = None
print(gc.collect())
