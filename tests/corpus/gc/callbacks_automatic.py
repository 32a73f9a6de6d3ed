# gc.callbacks observe automatic collections triggered by a small threshold
import gc
gc.collect()
events = []
def cb(phase, info):
    events.append((phase, info["generation"], info["collected"]))
gc.callbacks.append(cb)
gc.set_threshold(10)
keep = []
for i in range(30):
    x = []
    x.append(x)
    keep.append(i)
gc.set_threshold(700)
gc.callbacks.remove(cb)
print(len(events) > 0, events[0][:2], all(e[1] == 0 for e in events))
print(sum(e[2] for e in events if e[0] == "stop") + gc.collect())
