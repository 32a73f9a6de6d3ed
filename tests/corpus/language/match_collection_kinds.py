# Which subjects are sequences and mappings for `match`: builtin types and their subclasses,
# collections' dict subclasses, classes deriving from collections.abc; str and bytes never
# match sequence patterns.
from collections import OrderedDict, defaultdict, Counter, namedtuple
from collections.abc import Sequence, Mapping

Point = namedtuple("Point", "x y")

class MySeq(Sequence):
    def __len__(self):
        return 2
    def __getitem__(self, i):
        if i >= 2:
            raise IndexError(i)
        return i * 10

class MyMap(Mapping):
    def __init__(self):
        self._d = {"a": "from MyMap"}
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)

class L(list):
    pass

subjects = [[1, 2], (3, 4), range(5, 7), L([8, 9]), Point(1, 2), MySeq(), "ab", b"ab",
            bytearray(b"ab"), OrderedDict(a=1), defaultdict(int, a=2), Counter("aab"),
            MyMap(), {"a": None}, {1, 2}, frozenset(), 12]
for s in subjects:
    match s:
        case [a, b]:
            print(type(s).__name__, "sequence of two:", a, b)
        case {"a": v}:
            print(type(s).__name__, "mapping with a:", v)
        case [*rest]:
            print(type(s).__name__, "other sequence:", rest)
        case _:
            print(type(s).__name__, "neither")
match Point(x=0, y=5):
    case Point(x=0, y=y):
        print("namedtuple keyword pattern", y)
match Point(3, 4):
    case Point(a, b):
        print("namedtuple positional pattern", a, b)
