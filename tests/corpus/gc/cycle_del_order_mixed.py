# finalizer order when the cycle was built in a different order than allocation
import gc
gc.collect()
class N:
    def __init__(self, i):
        self.i = i
    def __del__(self):
        print("del", self.i)
x = N("x")
y = N("y")
z = N("z")
z.a = x
x.a = y
y.a = z
w = N("w")
w.a = y
del x, y, z, w
print(gc.collect())
