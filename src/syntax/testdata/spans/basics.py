import os
import a.b.c as d, e
from x import a, b as c
from . import y
from ..pkg.mod import (p, q as r,)
from ... import z
from .m import *
x = 1
a = b = c = 2
a, b = b, a
a, *rest = [1, 2, 3]
[p, (q, r)] = (1, (2, 3))
x += 1; y -= 2; z @= w
count: int = 0
(paren): int
obj.attr: str
d[k]: list = []
del a, b[0], c.d
del (e, f)
del [g]
global gg
pass
assert x, "message"
assert (x)
raise
raise ValueError("bad") from None
x = (1)
x = ((1, 2))
x = (((a)))
t = 1, 2,
t = ()
t = (1,)
print(*args, sep='', **kw)
