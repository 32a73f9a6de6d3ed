# a __del__ that breaks the cycle itself; collection result and later freeing
import gc
gc.collect()
class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
        self.peer = None
a = N("a")
b = N("b")
a.peer = b
b.peer = a
del a, b
print(gc.collect())
print("end")
