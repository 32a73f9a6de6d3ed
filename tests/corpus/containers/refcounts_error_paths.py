import sys
x = object()
print(sys.getrefcount(x))
l = [x, 'a', 1]
try:
    l.sort()
except TypeError:
    pass
print(sys.getrefcount(x))
try:
    l.index(object())
except ValueError:
    pass
try:
    dict([(x, 1, 2)])
except ValueError:
    pass
print(sys.getrefcount(x))
try:
    {x: 1}[[x]]
except TypeError:
    pass
print(sys.getrefcount(x))
try:
    list(zip([x], [], strict=True))
except ValueError:
    pass
print(sys.getrefcount(x))
def g():
    yield x
    raise KeyError('boom')
try:
    list(g())
except KeyError:
    pass
print(sys.getrefcount(x))
try:
    l[0:1] = 5
except TypeError:
    pass
print(sys.getrefcount(x))
s = {x}
try:
    s.update([x, []])
except TypeError:
    pass
print(sys.getrefcount(x), len(s))
try:
    sorted([x, x], key=lambda v: v.missing)
except AttributeError:
    pass
print(sys.getrefcount(x))
m = list(map(lambda v: v, [x, x]))
print(sys.getrefcount(x))
del m
e = list(enumerate([x]))
print(sys.getrefcount(x))
del e
f = dict.fromkeys([x])
print(sys.getrefcount(x))
del f
v = {1: x}.values()
print(sys.getrefcount(x), list(v).count(x))
it = iter([x])
next(it)
print(sys.getrefcount(x))
print(sys.getrefcount(l), sys.getrefcount(s))
