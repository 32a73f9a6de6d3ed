# collect() counts instances, their list attributes and materialised dicts in a cycle
import gc
gc.collect()
class A:
    def __init__(self):
        self.children = []
class B:
    def __init__(self, parent):
        self.parent = parent
        parent.children.append(self)
p = A()
kids = [B(p) for _ in range(3)]
del p, kids
print(gc.collect())
p = A()
kids = [B(p) for _ in range(3)]
vars(p)
del p, kids
print(gc.collect())
