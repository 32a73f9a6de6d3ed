# a class with both __slots__ and a __dict__: copy carries both kinds of state
import copy
class Mixed:
    __slots__ = ("a", "__dict__")
m = Mixed()
m.a = [1]
m.b = [2]
c = copy.copy(m)
d = copy.deepcopy(m)
print(c.a is m.a, c.b is m.b, d.a is m.a, d.a == m.a, d.b == m.b)
print(m.__reduce_ex__(4)[2][1])
