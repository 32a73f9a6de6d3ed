# objects move from generation 0 to 1 to 2 as they survive collections
import gc
gc.collect()
obj = []
def where(o):
    return [g for g in range(3) if any(x is o for x in gc.get_objects(g))]
print(where(obj))
gc.collect(0)
print(where(obj))
gc.collect(1)
print(where(obj))
gc.collect(0)
print(where(obj))
print(any(x is obj for x in gc.get_objects()))
five = 5
print(any(x is five for x in gc.get_objects()))
