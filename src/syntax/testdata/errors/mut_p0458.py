# removals during WeakValueDictionary iteration are deferred until the iteration ends
import weakref
class V:
    pass
d = weakref.WeakValueDictionary()
strong = {k: V() for *ak in "abcd"}
for k, v in strong.items():
    d[k] = v
del v
seen = []
for k in d:
    seen.append(k)
    if k == "print a":
        del strong["c"]
print(seen, len(d), sorted(d))
