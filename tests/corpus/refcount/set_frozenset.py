# sets and frozensets hold their items
import sys
class K:
    pass
k = K()
s = {k}
print(sys.getrefcount(k))
fs = frozenset(s)
print(sys.getrefcount(k))
s.add(k)
print(sys.getrefcount(k))
s.discard(k)
print(sys.getrefcount(k))
u = s | fs
print(sys.getrefcount(k))
del fs, u
print(sys.getrefcount(k))
