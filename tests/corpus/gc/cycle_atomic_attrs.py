# untracked objects (ints, strs) held by a cycle are freed with it but not counted
import gc
gc.collect()
class N:
    pass
a = N()
a.me = a
a.name = "x" * 100
a.num = 10 ** 30
a.f = 1.5
a.t = (1, 2)
del a
print(gc.collect())
b = N()
b.me = b
b.items = [1.5, "y"]
del b
print(gc.collect())
