# tuples: packing, unpacking, nesting, methods, comparison and hashing
t = 1, 2, 3
single = (5,)
print(t, single, (), type(()).__name__, len(t))
a, *mid, z = range(6)
print(a, mid, z)
(x, y), w = (1, 2), 3
print(x, y, w)
print(t + (4,), t * 2, t[1:], t.count(2), t.index(3), (1, 2) < (1, 2, 0), (2,) > (1, 9))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pair"}[(1, 2)])
print(tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({"k": 1}))
import collections
P = collections.namedtuple("P", "x y")
p = P(1, y=2)
print(p, p.x, p[1], p._replace(x=9), p._asdict(), P._fields)
