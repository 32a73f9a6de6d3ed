# gc.callbacks receive phase and an info dict for every collection
import gc
gc.collect()
def cb(phase, info):
    print(phase, sorted(info.items()))
gc.callbacks.append(cb)
l = []
l.append(l)
del l
print("ret", gc.collect())
print("ret", gc.collect(0))
print("ret", gc.collect(1))
gc.callbacks.remove(cb)
print("ret", gc.collect())
