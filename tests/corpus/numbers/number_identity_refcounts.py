# Which numeric operations hand back the same object, and the reference counts they leave
import sys
import math
x = 1000
y = 10 ** 30
f = 2.5
z = 1 + 2j
def ids(v, *rs):
    return [r is v for r in rs]
print(ids(x, +x, abs(x), int(x), x.real, x.numerator, x.conjugate(), round(x), round(x, 2), math.floor(x), math.ceil(x), math.trunc(x), x << 0, x + 0, x * 1, x // 1, x ** 1, x | 0, x.__index__(), x.__trunc__(), x.__pos__()))
print(ids(y, +y, abs(y), int(y), y.real, y << 0, y >> 0, y | 0, y + 0, round(y, 3)))
print(ids(f, +f, abs(f), float(f), f.real, f.conjugate(), f * 1, f + 0, f.__float__(), round(f, 3), f.__pos__(), math.fabs(f), f ** 1))
print(ids(z, +z, complex(z), z * 1, z.__pos__(), z + 0))
print(ids(True, +True, abs(True), int(True), True.real, True & True, True | False, bool(True)))
s = "".join(["te", "xt"])
print(ids(s, format(s), format(s, "s"), format(s, "4"), format(s, ".9"), f"{s}", f"{s:s}", format(s, "5"), str(s)))
before = [sys.getrefcount(v) for v in (x, y, f, z, s)]
keep = []
for i in range(3):
    keep.append((x + 1, -y, f * 2, z / 2, format(f, ".3f"), f"{x:,}", divmod(y, 7), x == f, [x, y] < [x, y + 1], {f: z} == {f: z}))
    _ = +x, abs(y), float(f), complex(z), int(x), round(f), math.floor(f), x.real, f.real, z.real, format(s, "")
print([sys.getrefcount(v) - b for v, b in zip((x, y, f, z, s), before)])
del keep, _
print([sys.getrefcount(v) - b for v, b in zip((x, y, f, z, s), before)])
class Spy:
    def __eq__(self, other):
        print("eq sees", sys.getrefcount(self) - 1, "references to self")
        return True
    def __format__(self, spec):
        print("format sees", sys.getrefcount(self) - 1, "references to self, spec", repr(spec))
        return "spy"
a = Spy()
print([a] == [Spy()], (a,) == (Spy(),), {1: a} == {1: Spy()})
print(f"{a:x}", format(a, "y"), f"{a}")
