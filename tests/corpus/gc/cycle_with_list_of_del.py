# a cycle owning a list of finalisable objects: all __del__ run during the collection
import gc
gc.collect()
class Leaf:
    def __init__(self, i):
        self.i = i
    def __del__(self):
        print("leaf", self.i)
class Owner:
    pass
o = Owner()
o.me = o
o.leaves = [Leaf(i) for i in range(4)]
del o
print("collect", gc.collect())
