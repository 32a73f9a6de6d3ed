# survivors of collect(0) move to generation 1, of collect(1) to generation 2
import gc
gc.collect()
def where(x):
    for g in range(3):
        if any(o is x for o in gc.get_objects(g)):
            return g
    return None
a = [1]
print(where(a))
gc.collect(0)
print(where(a))
b = [2]
gc.collect(1)
print(where(a), where(b))
c = [3]
gc.collect(0)
print(where(a), where(b), where(c))
gc.collect(2)
print(where(a), where(b), where(c))
