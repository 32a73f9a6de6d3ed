# at exit: plain objects and objects in a garbage cycle created before and after a collection
import gc
class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
a = N("a")
cyc1 = N("cyc1")
cyc1.me = cyc1
gc.collect()
b = N("b")
cyc2 = N("cyc2")
cyc2.me = cyc2
print("end")
