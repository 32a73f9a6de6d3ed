# a __deepcopy__ that does not register in memo is called for every occurrence
import copy
calls = []
class Leaf:
    def __deepcopy__(self, memo):
        calls.append(1)
        return Leaf()
l = Leaf()
out = copy.deepcopy([l, l, l])
print(len(calls), out[0] is out[1])
