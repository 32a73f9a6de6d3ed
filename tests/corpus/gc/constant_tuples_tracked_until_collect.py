# constant tuples made by the compiler start tracked; the first collection that scans them untracks them
import gc
print(gc.is_tracked((1, 2)))
t = (3, 4)
print(gc.is_tracked(t), gc.is_tracked(()))
def f():
    return (5, 6)
print(gc.is_tracked(f()))
gc.collect(0)
print(gc.is_tracked(t), gc.is_tracked((1, 2)), gc.is_tracked(f()))
nested = ((1, 2), ("a", None))
print(gc.is_tracked(nested))
gc.collect()
print(gc.is_tracked(nested), gc.is_tracked(nested[0]))
