# __del__ of objects in a cycle runs during collection (PEP 442), once each
import gc
gc.collect()
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
a = Node("a")
b = Node("b")
a.peer = b
b.peer = a
del a, b
print("before collect")
print("collected", gc.collect())
print("after collect")
