# gc.callbacks receive the generation and the collected/uncollectable counts
import gc
gc.collect()
def cb(phase, info):
    print(phase, sorted(info.items()))
gc.callbacks.append(cb)
for g in (0, 1, 2):
    a = []
    b = [a]
    a.append(b)
    del a, b
    print("collect", g, "->", gc.collect(g))
gc.callbacks.remove(cb)
