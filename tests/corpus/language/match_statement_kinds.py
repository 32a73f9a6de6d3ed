import sys
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x; self.y = y

def describe(v):
    match v:
        case 0 | 1 as small:
            return f"small {small}"
        case -1:
            return "minus one"
        case 1+2j:
            return "complex"
        case "hello":
            return "greeting"
        case None:
            return "none"
        case True:
            return "true"
        case [x, y, *rest]:
            return f"seq {x} {y} {rest}"
        case (a,):
            return f"one {a}"
        case {"k": val, **others}:
            return f"map {val} {others}"
        case {}:
            return "empty-or-any map"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis {yy}"
        case Point(px, py) if px == py:
            return f"diag {px}"
        case Point():
            return "some point"
        case int(n) if n > 100:
            return f"big {n}"
        case str() | bytes():
            return "stringish"
        case [*_, last]:
            return f"last {last}"
        case _:
            return "other"

for v in [0, 1, -1, 1+2j, "hello", None, True, [1,2,3,4], (5,), {"k": 1, "z": 2}, {"a": 1},
          Point(0,0), Point(0,5), Point(3,3), Point(1,2), 500, "s", b"b", [], 7.5, range(3)]:
    print(repr(v) if not isinstance(v, Point) else "P", "->", describe(v))

subject = [10, 20]
print(sys.getrefcount(subject))
match subject:
    case [p, q]:
        print(sys.getrefcount(subject), p, q)
match = 3
print(match)
def match(x): return x * 2
print(match(4))
