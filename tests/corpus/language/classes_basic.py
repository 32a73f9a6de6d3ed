# class definition, __init__, methods, instance and class attributes, __repr__
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
    def norm2(self):
        return self.x * self.x + self.y * self.y
p = Point(3, 4)
print(p, p.norm2(), p.dims, Point.dims)
p.dims = 3
print(p.dims, Point.dims)
print(str(p), repr(p), [p])
print(type(p).__name__, type(p) is Point, isinstance(p, Point))
print(hasattr(p, "x"), hasattr(p, "z"), getattr(p, "z", "missing"))
setattr(p, "z", 5)
print(p.z, sorted(vars(p)))
delattr(p, "z")
print(hasattr(p, "z"))
