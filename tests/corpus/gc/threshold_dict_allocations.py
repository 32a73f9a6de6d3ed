# dict and list allocations count towards gen0; small threshold makes collections happen
import gc
gc.collect()
starts = []
gc.callbacks.append(lambda p, i: starts.append(i["generation"]) if p == "start" else None)
gc.set_threshold(50, 1000, 1000)
ds = [{"a": [i]} for i in range(200)]
gc.set_threshold(700, 10, 10)
gc.callbacks.clear()
print(len(starts), set(starts))
