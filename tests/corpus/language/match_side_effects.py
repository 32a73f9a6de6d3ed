# Patterns whose checks run user code: __eq__, __len__, __getitem__, get, __match_args__,
# properties, __instancecheck__. Every call is logged in order.
import sys

log = []

class Loud:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        log.append(f"eq {self.v} {other!r}")
        return self.v == other
    __hash__ = object.__hash__

class Seq(list):
    def __len__(self):
        log.append("len")
        return super().__len__()
    def __getitem__(self, i):
        log.append(f"getitem {i}")
        return super().__getitem__(i)
    def __iter__(self):
        log.append("iter")
        return super().__iter__()

class Map(dict):
    def get(self, key, default=None):
        log.append(f"get {key!r}")
        return super().get(key, default)
    def __len__(self):
        log.append("maplen")
        return super().__len__()

class Consts:
    A = Loud(1)
    B = Loud(2)

class P:
    __match_args__ = ("a", "b")
    def __init__(self):
        self.calls = 0
    @property
    def a(self):
        log.append("prop a")
        return 10
    @property
    def b(self):
        log.append("prop b")
        raise AttributeError("no b")

for subject in [2, 1, "x"]:
    match subject:
        case Consts.A:
            print("A")
        case Consts.B:
            print("B")
        case _:
            print("neither")
    print(log); log.clear()

s = Seq([1, 2, 3, 4, 5])
match s:
    case [a, b]:
        print("two")
    case [first, *_, last]:
        print("first/last", first, last)
print(log); log.clear()

match s:
    case [1, *mid, 5]:
        print("mid", mid)
print(log); log.clear()

m = Map(a=1, b=2, c=3)
match m:
    case {"x": _}:
        print("x")
    case {"a": 1, "c": c, **rest}:
        print("a/c", c, rest)
print(log); log.clear()

match P():
    case P(a, b):
        print("both", a, b)
    case P(a):
        print("only a", a)
print(log); log.clear()

class Meta(type):
    def __instancecheck__(cls, obj):
        log.append(f"instancecheck {obj!r}")
        return isinstance(obj, int)

class AnyInt(metaclass=Meta):
    pass

match 42:
    case AnyInt():
        print("an int via metaclass")
print(log); log.clear()

# Guards see the captures even when the guard fails; the capture stays bound.
match [7, 8]:
    case [x, y] if x > y:
        print("never")
    case [x, _]:
        print("x is", x, "y is", y)

# Or-patterns with captures in different orders.
for v in [(1, 2), [3, 4, 0]]:
    match v:
        case (a, b) | [b, a, 0]:
            print("a, b =", a, b)

# A subject expression evaluated once.
def subj():
    log.append("subject")
    return {"k": [1, 2]}
match subj():
    case {"k": [1]}:
        pass
    case {"k": [_, two]}:
        print("two", two)
print(log)
