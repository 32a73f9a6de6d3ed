# an object with __del__ that is not in the cycle but only reachable from it
import gc
gc.collect()
class Leaf:
    def __del__(self):
        print("Leaf.__del__")
class Node:
    pass
a = Node()
b = Node()
a.b = b
b.a = a
a.leaf = Leaf()
a.data = [[1], [2], {"k": [3]}]
del a, b
print(gc.collect())
