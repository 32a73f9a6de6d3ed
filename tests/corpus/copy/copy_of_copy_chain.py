# repeated shallow copies of a list of lists all share the inner lists
import copy
base = [[i] for i in range(3)]
c1 = base[:]
c2 = list(c1)
c3 = copy.copy(c2)
c3[1].append("x")
print(base, all(a is b for a, b in zip(base, c3)))
d = copy.deepcopy(c3)
d[1].append("y")
print(base[1], d[1])
