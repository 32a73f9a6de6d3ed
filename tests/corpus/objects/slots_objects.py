# __slots__: fixed attributes, no __dict__, errors.
class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


v = Vec(1, 2)
print(v.x, v.y, hasattr(v, "__dict__"), Vec.__slots__)
v.x = 10
print(v.x)
try:
    v.z = 3
except AttributeError as e:
    print("AttributeError:", e)
del v.y
try:
    print(v.y)
except AttributeError as e:
    print("AttributeError:", e)
print(dir(v)[-3:])


class Vec3(Vec):
    __slots__ = ("z",)


w = Vec3(1, 2)
w.z = 3
print(w.x, w.z, hasattr(w, "__dict__"))


class Loose(Vec):
    pass


l = Loose(1, 2)
l.extra = "ok"
print(l.extra, vars(l))
