# the seed's Parent/Child cycle, counted by gc.collect, and its weak-parent fix
import gc
import weakref
gc.collect()
class Parent:
    def __init__(self):
        self.children = []
class Child:
    def __init__(self, parent):
        self.parent = parent
        parent.children.append(self)
p = Parent()
c = Child(p)
del p, c
print(gc.collect())
class ChildWeak:
    def __init__(self, parent):
        self.parent = weakref.ref(parent)
        parent.children.append(self)
p = Parent()
c = ChildWeak(p)
print(c.parent() is p)
del p
print(c.parent(), gc.collect())
