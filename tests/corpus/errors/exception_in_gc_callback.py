# an exception raised by a gc.callbacks function is reported and the collection finishes
import gc
def bad(phase, info):
    if phase == "stop":
        raise ValueError("callback broke")
gc.callbacks.append(bad)
l = []
l.append(l)
del l
print(gc.collect())
gc.callbacks.remove(bad)
print("end")
