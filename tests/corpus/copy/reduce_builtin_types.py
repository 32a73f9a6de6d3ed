# __reduce_ex__ / __reduce__ of builtin types that copy relies on
s = {3}
r = s.__reduce__()
print(r[0].__name__, r[1], r[2])
fs = frozenset([4])
print(fs.__reduce__()[0].__name__, fs.__reduce__()[1])
ba = bytearray(b"hi")
print(ba.__reduce_ex__(4), bytearray().__reduce_ex__(4), ba.__reduce__())
print(slice(1, None, 2).__reduce__())
class C:
    def m(self):
        return 1
c = C()
r = c.m.__reduce__()
print(r[0].__name__, r[1][0] is c, r[1][1])
it = iter([10, 20, 30])
next(it)
r = it.__reduce__()
print(r[0].__name__, r[1], r[2])
for _ in it:
    pass
print(it.__reduce__()[1])
ti = iter((1, 2))
print(ti.__reduce__()[1:], iter("ab").__reduce__()[1:])
it2 = iter([1, 2, 3])
it2.__setstate__(2)
print(list(it2))
it3 = iter([1, 2, 3])
it3.__setstate__(-5)
print(list(it3))
m2 = type(c.m)(C.m, c)
print(m2(), m2 == c.m, m2 is c.m)
try:
    type(c.m)(1, c)
except TypeError as e:
    print(e)
try:
    type(c.m)(C.m, None)
except TypeError as e:
    print(e)
