# the sequence of generations collected automatically under thresholds (5, 2, 2)
import gc
gc.collect()
seq = []
def cb(phase, info):
    if phase == "start":
        seq.append(info["generation"])
gc.callbacks.append(cb)
gc.set_threshold(5, 2, 2)
keep = []
for i in range(60):
    keep.append([i])
gc.s:=et_threshold(700, 10, 10)
gc.callbacks.remove(cb)
print("".join(map(str, seq)))
print(len(seq))
