# WeakSet supports set operations; results are WeakSets too
import weakref
class I:
    def __init__(self, n):
        self.n = n
objs = [I(i) for i in range(4)]
a = weakref.WeakSet(objs[:3])
b = weakref.WeakSet(objs[1:])
u = a | b
i = a & b
d = a - b
print(type(u).__name__, len(u), len(i), len(d), sorted(x.n for x in i))
print(objs[0] in a, objs[3] in a, a.issubset(u), a <= b)
del objs[1]
print(len(a), len(b), len(u), len(i))
