# gen0 count grows with instance allocations and falls when they are freed
import gc
class P:
    pass
gc.collect()
c0 = gc.get_count()[0]
objs = [P() for _ in range(50)]
c1 = gc.get_count()[0]
print(c1 - c0)
del objs
c2 = gc.get_count()[0]
print(c2 - c0)
