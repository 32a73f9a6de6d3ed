# gen2 collections are skipped while few long-lived objects are pending (long_lived_pending < total/4)
import gc
gc.collect()
big = [[i] for i in range(5000)]
gc.collect()
seq = []
gc.callbacks.append(lambda p, i: seq.append(i["generation"]) if p == "start" else None)
gc.set_threshold(10, 1, 1)
more = []
for i in range(300):
    more.append([i])
gc.set_threshold(700, 10, 10)
gc.callbacks.clear()
print(seq.count(0), seq.count(1), seq.count(2))
