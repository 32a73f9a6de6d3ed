# a function that refers to itself through its closure cell
import gc
gc.collect()
def make():
    def rec(n):
        return 1 if n == 0 else n * rec(n - 1)
    return rec
f = make()
print(f(5))
print(f.__closure__[0].cell_contents is f)
del f
print(gc.collect())
