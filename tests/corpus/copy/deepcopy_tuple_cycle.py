# deepcopy of a tuple inside a cycle: the tuple found in memo midway is returned
import copy
l = []
t = (l, 1)
l.append(t)
c = copy.deepcopy(t)
print(c is t, c[0] is l, c[0][0] is c, c[1])
c2 = copy.deepcopy(l)
print(c2 is l, c2[0][0] is c2, c2[0] is t)
