# copy.copy of an instance that references itself keeps pointing at the original
import copy
class Node:
    pass
n = Node()
n.me = n
n.data = [1]
c = copy.copy(n)
d = copy.deepcopy(n)
print(c.me is n, c.data is n.data, d.me is d, d.data is n.data)
