# gen1 and gen2 counters count collections of the younger generation
import gc
gc.collect()
for i in range(3):
    gc.collect(0)
    print(gc.get_count()[1:])
gc.collect(1)
print(gc.get_count()[1:])
gc.collect(0)
gc.collect(1)
print(gc.get_count()[1:])
gc.collect(2)
print(gc.get_count()[1:])
