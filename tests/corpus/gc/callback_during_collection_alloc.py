# a gc callback that allocates objects does not start a nested collection
import gc
gc.collect()
depth = []
def cb(phase, info):
    depth.append(phase)
    junk = [[] for _ in range(100)]
gc.callbacks.append(cb)
gc.set_threshold(10)
for _ in range(50):
    x = []
    x.append(x)
gc.set_threshold(700)
gc.callbacks.clear()
pairs = list(zip(depth[::2], depth[1::2]))
print(all(p == ("start", "stop") for p in pairs), len(depth) % 2)
