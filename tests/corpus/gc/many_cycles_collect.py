# ten thousand two-object cycles collected in one go
import gc
gc.collect()
gc.disable()
class P:
    pass
for _ in range(10000):
    a = P()
    b = P()
    a.b = b
    b.a = a
del a, b
print(gc.collect())
gc.enable()
