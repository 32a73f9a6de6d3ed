# WeakValueDictionary entries removed by callback while other code runs
import weakref
class V:
    def __init__(self, n):
        self.n = n
wd = weakref.WeakValueDictionary()
objs = [V(i) for i in range(5)]
for o in objs:
    wd[o.n] = o
del o
print(sorted(wd.keys()))
objs.pop(2)
objs.pop(0)
print(sorted(wd.keys()), len(wd))
v = wd.setdefault(9, objs[0])
print(v.n, 9 in wd)
