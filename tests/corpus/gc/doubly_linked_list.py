# a doubly linked list is full of two-node cycles: refcounting alone never frees it
import gc
import weakref
gc.collect()
class Node:
    def __init__(self, v):
        self.v = v
        self.prev = self.next = None
def build(n):
    head = prev = Node(0)
    for i in range(1, n):
        node = Node(i)
        prev.next, node.prev = node, prev
        prev = node
    return head
head = build(5)
probe = weakref.ref(head.next.next)
print(probe().v)
del head
print(probe() is not None)
print(gc.collect())
print(probe())
