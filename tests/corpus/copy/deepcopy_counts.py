# counting how many times __deepcopy__ runs for shared objects
import copy
calls = []
class Leaf:
    def __init__(self, n):
        self.n = n
    def __deepcopy__(self, memo):
        calls.append(self.n)
        new = Leaf(self.n)
        memo[id(self)] = new
        return new
l1 = Leaf(1)
l2 = Leaf(2)
tree = [l1, [l1, l2], (l2, l1)]
out = copy.deepcopy(tree)
print(calls, out[0] is out[1][0], out[2][0] is out[1][1])
