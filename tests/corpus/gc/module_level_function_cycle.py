# a module-level function refers to the module dict, not to itself: no garbage either way
import gc
gc.collect()
def f():
    return f
print(gc.collect(), f() is f)
g = f
del f
print(gc.collect(), callable(g))
del g
print(gc.collect())
