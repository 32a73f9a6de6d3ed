# with tiny thresholds, gen1 collections happen after threshold1 gen0 collections
import gc
gc.collect()
log = []
gc.callbacks.append(lambda phase, info: log.append(info["generation"]) if phase == "start" else None)
gc.set_threshold(3, 2, 100)
junk = []
for i in range(40):
    junk.append([i])
gc.set_threshold(700, 10, 10)
gc.callbacks.clear()
print(sorted(set(log)), log.count(1) > 0, log.count(0) > log.count(1))
