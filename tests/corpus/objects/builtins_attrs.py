# getattr / setattr / hasattr / delattr with defaults and errors.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(getattr(p, "x"), getattr(p, "z", "default"), hasattr(p, "y"), hasattr(p, "z"))
setattr(p, "z", 3)
print(p.z, vars(p))
delattr(p, "z")
print(hasattr(p, "z"), vars(p))
for call in (
    lambda: getattr(p, 1),
    lambda: setattr(p, 2, 0),
    lambda: hasattr(p, None),
    lambda: delattr(p, "nothing"),
    lambda: getattr(p, "nothing"),
    lambda: getattr(p),
    lambda: setattr(p, "a"),
):
    try:
        call()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)


class Lazy:
    def __getattr__(self, name):
        if name.startswith("bad"):
            raise AttributeError(name)
        return "computed " + name


lz = Lazy()
print(getattr(lz, "anything"), hasattr(lz, "bad_one"), getattr(lz, "bad_two", "fallback"))
