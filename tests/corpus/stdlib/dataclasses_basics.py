import sys
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, InitVar
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, p == Point(1, 2), p != Point(2, 1), Point.__doc__, asdict(p), astuple(p), replace(p, y=5))
print([f.name for f in fields(p)], Point.__init__.__qualname__, Point.__repr__.__qualname__)
@dataclass(order=True, frozen=True)
class Card:
    rank: int
    suit: str = field(compare=False, default='s')
print(sorted([Card(3), Card(1, 'h'), Card(2)]), hash(Card(1)) == hash(Card(1)))
try: Card(1).rank = 5
except FrozenInstanceError as e: print(type(e).__name__, e)
@dataclass
class Inv:
    name: str
    items: list = field(default_factory=list)
    tags: dict = field(default_factory=dict, repr=False)
a = Inv('a'); b = Inv('b'); a.items.append(1); print(a, b, a.items is b.items, Inv.__doc__)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e: print(e)
@dataclass
class Child(Point):
    z: int = 9
print(Child(1, 2, 3), Child.__mro__[1].__name__)
try: Point()
except TypeError as e: print(e)
@dataclass
class Node:
    val: int
    next: 'Node' = None
n = Node(1, Node(2)); print(n)
@dataclass(kw_only=True)
class K:
    a: int
    b: str = 'x'
print(K(a=1), K.__doc__)
@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    def __post_init__(self): self.b = self.a * 2
print(WithPost(3))
x = [1]; pt = Point(x, x); print(sys.getrefcount(x))
@dataclass(slots=True)
class S:
    a: int
    b: int = 2
print(S(1), S.__slots__, hasattr(S(1), '__dict__'))
@dataclass
class R:
    r: 'R' = None
r = R(); r.r = r; print(r)
@dataclass(eq=False)
class NE:
    a: int
print(NE(1) == NE(1), Point.__match_args__, Point.__eq__.__qualname__)
