# WeakSet members that sit in unreachable cycles leave only after gc.collect()
import gc
import weakref
gc.collect()
class N:
    pass
ws = weakref.WeakSet()
for _ in range(3):
    n = N()
    n.me = n
    ws.add(n)
del n
print(len(ws))
print(gc.collect())
print(len(ws))
