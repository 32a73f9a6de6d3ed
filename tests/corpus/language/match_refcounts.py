# Reference counts around a match: the subject copy on the stack, captures, rest dicts and
# star lists, and what stays alive after the statement.
import sys
from sys import getrefcount as rc

class Box:
    __match_args__ = ("item",)
    def __init__(self, item):
        self.item = item

payload = [1, 2, 3]
print("payload", rc(payload))
box = Box(payload)
print("payload in box", rc(payload))

match box:
    case Box(item):
        print("captured: payload", rc(payload), "box", rc(box))
print("after match: payload", rc(payload), "item", rc(item))
del item
print("item deleted", rc(payload))

subject = [payload, payload]
match subject:
    case [a, *rest]:
        print("seq capture", rc(payload), rc(rest), len(rest))
del a, rest
print("after del", rc(payload))

d = {"k": payload, "j": payload, "z": 0}
match d:
    case {"k": v, **others}:
        print("mapping capture", rc(payload), rc(others), sorted(others))
del v, others
print("after del", rc(payload))

def inside(s):
    match s:
        case [x, y] if rc(x) > 0:
            return rc(s), rc(x)
        case _:
            return None
print("inside function", inside([payload, payload]), rc(payload))

match payload:
    case [1, 2, 3] as whole:
        print("as capture", rc(payload), whole is payload)
del whole

for i in range(3):
    match (payload, i):
        case (p, 0):
            print("loop 0", rc(payload))
        case (p, n) if n % 2:
            print("loop odd", rc(payload))
        case _:
            print("loop other", rc(payload))
del p
print("final", rc(payload), rc(box))

class Attr:
    def __init__(self):
        self.value = object()
o = Attr()
print("attr value", rc(o.value))
match o:
    case Attr(value=val):
        print("kw capture", rc(val))
del val
print("attr value", rc(o.value))
