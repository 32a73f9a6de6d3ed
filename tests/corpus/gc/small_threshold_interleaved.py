# automatic collections under a tiny threshold, with deallocations between allocations
import gc
gc.collect()
log = []
def cb(phase, info):
    if phase == "stop":
        log.append((info["generation"], info["collected"]))
class C:
    def __init__(self):
        self.me = self
gc.callbacks.append(cb)
gc.set_threshold(4, 2, 2)
keep = []
for i in range(30):
    c = C()
    if i % 3 == 0:
        keep.append(c)
    elif i % 3 == 1:
        del c
    tmp = [i]
    del tmp
gc.set_threshold(700, 10, 10)
gc.callbacks.remove(cb)
print(len(log) > 0, sum(n for g, n in log) + gc.collect() >= 10)
print(len(keep))
