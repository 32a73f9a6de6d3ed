# DEBUG_SAVEALL keeps unreachable objects in gc.garbage instead of freeing them
import gc
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
l = []
l.append(l)
del l
print(gc.collect())
print(gc.garbage)
class Node:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Node({self.name})"
a = Node("a")
b = Node("b")
a.ref = b
b.ref = a
del a, b
print(gc.collect())
print(gc.garbage)
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect())
