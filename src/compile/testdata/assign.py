a = b = c = 1
a, (b, c) = 1, (2, 3)
[a, b] = x
a, *b = x
*a, b = x
a[1:2] = b
del a[::2], a[:]
a.b.c += 1
a[i][j] -= 2
x: int = 5
(y): int = 6
a.b: int
a[0]: int = 1
z: list
def f():
    x: int = 1
    y: str
    a, b = b, a
    a, b, c = c, b, a
    return x
v = [y := 5, y ** 2]
w = [t for t in range(3) if (last := t)]
for a.b in c:
    pass
for i, (j, k) in x:
    pass
with a as (b, c):
    pass
import os.path as p
import a.b.c
