# traceback markers under a method call chain and attribute access
class Node:
    def __init__(self, nxt=None):
        self.nxt = nxt
    def next_node(self):
        return self.nxt
head = Node(Node())
print(head.next_node().next_node().next_node())
