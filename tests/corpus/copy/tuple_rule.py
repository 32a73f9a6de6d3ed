# deepcopy returns the same tuple when all items copy to themselves
import copy
t1 = (1, "a", (2, 3))
t2 = (1, [2, 3])
print(copy.copy(t1) is t1, copy.deepcopy(t1) is t1)
print(copy.copy(t2) is t2, copy.deepcopy(t2) is t2)
d2 = copy.deepcopy(t2)
print(d2, d2[1] is t2[1])
nested = ((1, 2), ([],))
dn = copy.deepcopy(nested)
print(dn[0] is nested[0], dn[1] is nested[1], dn is nested)
