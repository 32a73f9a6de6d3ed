# freeing a long linked list with __del__ on every node: order of finalisation
class Node:
    def __init__(self, i, nxt):
        self.i = i
        self.nxt = nxt
    def __del__(self):
        print("del", self.i)
head = None
for i in range(5):
    head = Node(i, head)
print("drop head")
head = None
print("end")
