# refcounts inside __eq__ called from in / count / index / == on lists and tuples
import sys
class Probe:
    def __eq__(self, other):
        print("eq", sys.getrefcount(self), sys.getrefcount(other))
        return False
p = Probe()
k = [0]
lst = [p]
tup = (p,)
print(k in lst, k in tup, k in [p], k in (p,), lst.count(k), lst.index(p), tup.count(k))
print(lst == [k], tup == (k,))
