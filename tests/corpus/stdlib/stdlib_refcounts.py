# Reference counts and collector state of objects the standard-library containers hold.
import gc
import sys
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple
from dataclasses import dataclass, field
from functools import lru_cache, partial

key = "a-key-" + str(1)
value = [1, 2]
c = Counter()
c[key] += 1
print(sys.getrefcount(key))
d = defaultdict(list)
d[key].append(value)
print(sys.getrefcount(key), sys.getrefcount(value))
od = OrderedDict()
od[key] = value
od.move_to_end(key)
print(sys.getrefcount(value))
del c, d, od
print(sys.getrefcount(key), sys.getrefcount(value))

Point = namedtuple('Point', 'x y')
p = Point(value, value)
print(sys.getrefcount(value), sys.getsizeof(p), gc.is_tracked(p), gc.is_tracked(Point(1, 2)))
gc.collect()
print(gc.is_tracked(p), gc.is_tracked(Point(1, 2)))
del p


@dataclass
class Box:
    content: list = field(default_factory=list)
    label: str = "box"


b1, b2 = Box(), Box()
b1.content.append(value)
print(b1.content is b2.content, sys.getrefcount(value), gc.is_tracked(b1))
b1.content.append(b1)
del b1
print(gc.collect())

f = partial(print, value, value)
print(sys.getrefcount(value))
del f
print(sys.getrefcount(value))


@lru_cache(maxsize=2)
def wrap(x):
    return [x]


r1 = wrap(1)
print(sys.getrefcount(r1))
wrap(2)
wrap(3)
print(sys.getrefcount(r1), wrap.cache_info())
wrap.cache_clear()
print(sys.getrefcount(r1))


def add_item(item, bucket=[]):
    bucket.append(item)
    return bucket


print(add_item(1), add_item(2), add_item.__defaults__)
q = deque([value] * 3, maxlen=2)
print(sys.getrefcount(value), q)


@lru_cache(maxsize=None)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(300))
try:
    depth(5000)
except RecursionError as e:
    print('RecursionError', e)
