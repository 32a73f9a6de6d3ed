# refcounts of nodes in a linked list: head held by a name, others by their predecessor
import sys
class Node:
    def __init__(self, v, nxt=None):
        self.v = v
        self.nxt = nxt
    def __del__(self):
        print("del", self.v)
head = Node(1, Node(2, Node(3)))
print(sys.getrefcount(head), sys.getrefcount(head.nxt), sys.getrefcount(head.nxt.nxt))
second = head.nxt
print(sys.getrefcount(second))
head.nxt = None
print("unlinked")
del second
print("second dropped")
del head
print("end")
