# copying instances with __slots__ uses the slot state
import copy
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, [2])
c = copy.copy(p)
d = copy.deepcopy(p)
print(c.x, c.y is p.y, d.y is p.y, d.y == p.y)
q = P.__new__(P)
q.x = 5
print(copy.copy(q).x, hasattr(copy.copy(q), "y"))
