# the seed's transitive cycle a -> b -> c -> a
import gc
gc.collect()
class Node:
    def __init__(self, name):
        self.name = name
        self.ref = None
    def __repr__(self):
        return f"Node({self.name})"
a, b, c = Node("a"), Node("b"), Node("c")
a.ref = b
b.ref = c
c.ref = a
print(a.ref.ref.ref)
del a, b
print(gc.collect())
print(c.ref.ref)
del c
print(gc.collect())
