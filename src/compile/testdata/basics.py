import sys
import os.path
import a.b.c as d
from x import y, z as w
from . import q
from .m import *
x = 1
y = x + 2 * 3
z = -x
s = "a" + "b"
t = (1, 2, (3, 4))
l = [1, 2, 3]
l2 = [x, 1]
st = {1, 2, 3}
d2 = {"a": 1, "b": x}
d3 = {x: 1, **d2, "c": 2}
print(sys.getrefcount(x))
print(x, sep="", end="\n")
f(*l, **d2)
f(1, *l, k=2, **d2)
a, b = b, a
a, *b, c = l
x.y = 1
x[0] = 2
del x.y, x[0]
x += 1
x.y -= 2
x[1] *= 3
v = x[1:2], x[::2], x[a:b:c]
v = not a
v = a and b or c
v = a if b else c
v = a < b < c
v = a is not None
v = a in [1, 2]
v = a not in {1, 2}
v = not a in b
v = f"{x}-{y!r:>{w}}"
v = (w := 3)
v = ...
v = "%s and %r" % (a, b)
v = 10 ** 20
v = 2 ** 200
v = "ab" * 3
del v
