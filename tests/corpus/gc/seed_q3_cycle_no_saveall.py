# the seed's Node cycle collected without DEBUG_SAVEALL: __del__ added to show the moment
import gc
gc.collect()
class Node:
    def __init__(self, name):
        self.name = name
        self.ref = None
    def __del__(self):
        print("collected", self.name)
a = Node('a')
b = Node('b')
a.ref = b
b.ref = a
del a, b
print("deleted names")
print(gc.collect())
print(gc.garbage)
