# deepcopy of cycles through instances with __slots__ (and with both slots and a dict)
import copy
class Node:
    __slots__ = ("value", "next")
    def __init__(self, value):
        self.value = value
        self.next = None
a = Node([1])
b = Node([2])
a.next = b
b.next = a
ca = copy.deepcopy(a)
print(ca is a, ca.next is b, ca.next.next is ca, ca.value == [1], ca.value is a.value)
sa = copy.copy(a)
print(sa is a, sa.next is b, sa.value is a.value)
class Both:
    __slots__ = ("s", "__dict__")
x = Both()
x.s = [x]
x.d = {"self": x}
cx = copy.deepcopy(x)
print(cx.s[0] is cx, cx.d["self"] is cx, cx.s is x.s, sorted(vars(cx)))
print(Node.__getstate__(a) if hasattr(Node, "__getstate__") else None)
st = a.__getstate__()
print(type(st).__name__, len(st), st[0], sorted(st[1]))
print(x.__getstate__()[0] == {"d": x.d}, sorted(x.__getstate__()[1]))
