# resurrecting one member of a two-node cycle keeps both alive
import gc
gc.collect()
keep = []
class A:
    def __del__(self):
        print("A.__del__")
        keep.append(self)
class B:
    def __del__(self):
        print("B.__del__")
a = A()
b = B()
a.b = b
b.a = a
del a, b
print(gc.collect())
print(type(keep[0].b).__name__)
keep.clear()
print(gc.collect())
