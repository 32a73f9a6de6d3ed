# defaultdict (__missing__, default_factory, repr) and OrderedDict (move_to_end, popitem).
import copy
import sys
from collections import defaultdict, OrderedDict

dd = defaultdict(list)
for word in "apple avocado banana blueberry cherry".split():
    dd[word[0]].append(word)
print(dd)
print(dict(dd), dd.default_factory, type(dd), 'z' in dd, dd.get('z'))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, repr(counts.default_factory))
print(defaultdict(list, a=1), defaultdict(), defaultdict(None, {'k': 'v'}))
nested = defaultdict(lambda: defaultdict(int))
nested['a']['b'] += 1
print(dict(nested['a']), repr(nested).split(' at ')[0])
print(dd.copy() == dd, copy.copy(dd).default_factory, dd | {'q': 1})
print(sys.getsizeof(defaultdict()), sys.getsizeof(defaultdict(list)))

marker = [1]
holder = defaultdict(lambda: marker)
holder['a']
holder['b']
print(sys.getrefcount(marker))

try:
    defaultdict(None)['x']
except KeyError as e:
    print('KeyError', e)
try:
    defaultdict(1)
except TypeError as e:
    print(e)

o = OrderedDict(a=1, b=2)
o.move_to_end('a')
print(o, o.popitem(last=False), o)
o = OrderedDict.fromkeys('abcde')
o.move_to_end('c', last=False)
print(list(o), list(reversed(o)), o.keys(), o.values())
print(o.items())
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(o.popitem(), OrderedDict(), sys.getsizeof(OrderedDict()))
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
try:
    o.move_to_end('zz')
except KeyError as e:
    print('KeyError', e)

# LRU with an OrderedDict.
cache = OrderedDict()
for key in [1, 2, 3, 1, 4, 2]:
    if key in cache:
        cache.move_to_end(key)
    else:
        cache[key] = key * key
        if len(cache) > 3:
            cache.popitem(last=False)
    print(list(cache.items()))
