def f(a, b,): pass
f(1, 2,)
x = [1,]
y = {1: 2,}
z = 1,
from m import (a,)
