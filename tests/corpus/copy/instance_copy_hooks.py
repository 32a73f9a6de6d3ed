# __copy__ and __deepcopy__ are used when defined; deepcopy passes the memo
import copy
class Node:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children or []
    def __copy__(self):
        print("__copy__")
        return Node(self.value, self.children)
    def __deepcopy__(self, memo):
        print("__deepcopy__ memo size", len(memo))
        return Node(copy.deepcopy(self.value, memo), copy.deepcopy(self.children, memo))
n = Node([1], [Node(2)])
c = copy.copy(n)
print(c.children is n.children, c.value is n.value)
d = copy.deepcopy(n)
print(d.children is n.children, d.value is n.value, d.children[0].value)
