# deepcopy of shared tuples: all-atomic tuples stay, tuples holding lists are rebuilt once
import copy
inner = [1, 2]
t_atomic = (1, "a", None, 2.5, (3, 4))
t_mut = (inner, inner, "x")
outer = [t_atomic, t_mut, t_mut, inner]
d = copy.deepcopy(outer)
print(d[0] is t_atomic, d[1] is t_mut, d[1] is d[2], d[1][0] is d[1][1], d[3] is d[1][0], d[3] is inner)
c = copy.copy(outer)
print(c is outer, c[1] is t_mut, c[3] is inner)
memo = {}
d2 = copy.deepcopy(t_mut, memo)
print(d2 is t_mut, id(t_mut) in memo, memo[id(t_mut)] is d2, id(inner) in memo, id(memo) in memo)
print(len(memo[id(memo)]), memo[id(memo)][0] is inner)
nested = ((inner,),)
dn = copy.deepcopy(nested)
print(dn is nested, dn[0] is nested[0], dn[0][0] is inner, dn == nested)
