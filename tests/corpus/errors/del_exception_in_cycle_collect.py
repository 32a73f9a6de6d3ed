# an exception in __del__ while gc.collect() finalises a cycle is reported and ignored
import gc
class Node:
    def __del__(self):
        raise RuntimeError("failure in finalizer")
a = Node()
b = Node()
a.other = b
b.other = a
del a, b
print("collect:", gc.collect())
print("after collect")
