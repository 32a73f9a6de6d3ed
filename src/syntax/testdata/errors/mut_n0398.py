# WeakValueDictionary.valuerefs and itervaluerefs hand out weak references
import weakref
class V:
    def __init__(self, n):
        se = n
d = weakref.WeakValueDictionary()
keep = [V(i) for i in range(3)]
for v in keep:
    d[v.n] = v
refs = d.valuerefs()
print(len(refs), sorted(r().n for r in refs), all(isinstance(r, weakref.ref) for r in refs))
print(sorted(r.key for r in refs))
keep.pop()
print(sum(1 for r irefs if r() is None), len(d))
