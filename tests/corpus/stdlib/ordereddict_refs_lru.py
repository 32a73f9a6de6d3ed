import sys, copy, gc
from collections import OrderedDict
key = "k" + str(1); val = [0]
od = OrderedDict()
od[key] = val
print(sys.getrefcount(key), sys.getrefcount(val))
od.move_to_end(key, last=False); od['z'] = 1; od.move_to_end(key)
print(sys.getrefcount(key), list(od), od.__dict__, sys.getsizeof(OrderedDict()))
print(od.pop(key), sys.getrefcount(key), od.pop('nope', 5))
od2 = OrderedDict([('a', 1), ('b', 2)], c=3); od2.update({'d': 4}, e=5); od2.setdefault('f', 6); od2 |= {'g': 7}
print(od2, od2.popitem(), od2.popitem(last=False), len(od2), od2.copy(), copy.deepcopy(od2))
del od2['c']; print(od2, 'c' in od2, list(reversed(od2)))
od2.clear(); print(od2, OrderedDict.fromkeys('xy', 0))
try: OrderedDict().pop('q')
except KeyError as e: print('KeyError', e)
class LRU(OrderedDict):
    def __init__(self, cap): super().__init__(); self.cap = cap
    def get(self, k):
        if k not in self: return -1
        self.move_to_end(k); return self[k]
    def put(self, k, v):
        self[k] = v; self.move_to_end(k)
        if len(self) > self.cap: self.popitem(last=False)
c = LRU(2); c.put(1, 1); c.put(2, 2); print(c.get(1)); c.put(3, 3); print(c.get(2), c, c.__dict__)
print(gc.is_tracked(OrderedDict()), type(od).__name__)
