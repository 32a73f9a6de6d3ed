# reading __dict__ materialises a dict per instance, which is also garbage
import gc
gc.collect()
class Node:
    pass
a = Node()
b = Node()
a.other = b
b.other = a
print(len(a.__dict__), len(b.__dict__))
del a, b
print(gc.collect())
