# copying dataclasses and namedtuples
import copy
import dataclasses
import collections
@dataclasses.dataclass
class DC:
    a: int
    b: list
x = DC(1, [2])
y = copy.copy(x)
z = copy.deepcopy(x)
print(y, y is x, y.b is x.b, z.b is x.b, dataclasses.replace(x, a=5))
NT = collections.namedtuple("NT", "a b")
n = NT(1, [2])
print(copy.copy(n) is n, copy.deepcopy(n) is n, copy.deepcopy(n).b is n.b)
m = NT(1, 2)
print(copy.deepcopy(m) is m)
