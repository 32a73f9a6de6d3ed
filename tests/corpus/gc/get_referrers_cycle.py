# get_referrers inside a cycle: each node is referred to by the other
import gc
class N:
    pass
a = N()
b = N()
a.other = b
b.other = a
print([r is a for r in gc.get_referrers(b) if isinstance(r, N)])
print(any(r is b for r in gc.get_referents(a)))
print(sorted(type(r).__name__ for r in gc.get_referents(a)))
