# deepcopy copies dict keys too (tuples of atoms stay the same object)
import copy
k = (1, 2)
f = frozenset([3])
d = {k: [1], f: "frozen"}
dd = copy.deepcopy(d)
print(dd == d, [x is k for x in dd if isinstance(x, tuple)], [x is f for x in dd if isinstance(x, frozenset)])
