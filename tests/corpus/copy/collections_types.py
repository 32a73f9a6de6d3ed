# copy and deepcopy of deque, OrderedDict, defaultdict and Counter keep the type and settings
import copy
import collections
dq = collections.deque([[1], [2]], maxlen=3)
od = collections.OrderedDict(b=[1], a=[2])
dd = collections.defaultdict(list, k=[1])
ct = collections.Counter("abca")
for obj in (dq, od, dd, ct):
    s = copy.copy(obj)
    d = copy.deepcopy(obj)
    first = next(iter(obj.values())) if hasattr(obj, "values") else obj[0]
    sfirst = next(iter(s.values())) if hasattr(s, "values") else s[0]
    dfirst = next(iter(d.values())) if hasattr(d, "values") else d[0]
    print(type(s).__name__, s == obj, sfirst is first, dfirst is first)
print(copy.copy(dq).maxlen, copy.deepcopy(dd).default_factory is list)
