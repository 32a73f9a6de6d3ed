# two instances referencing each other: 2 objects collected (attributes are inline values)
import gc
gc.collect()
class Node:
    pass
a = Node()
b = Node()
a.other = b
b.other = a
del a, b
print(gc.collect())
