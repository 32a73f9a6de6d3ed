# a ring of four objects with __del__: all finalized in one collection, in collector order
import gc
gc.collect()
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name, self.next.name)
nodes = [Node(c) for c in "abcd"]
for i, n in enumerate(nodes):
    n.next = nodes[(i + 1) % 4]
del nodes, n
print(gc.collect())
