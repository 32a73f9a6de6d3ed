# freeing an instance releases its attributes in the order they were first set
class N:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
class Box:
    pass
b = Box()
b.z = N("z")
b.a = N("a")
b.m = N("m")
del b
print("---")
b = Box()
b.first = N(1)
b.second = N(2)
b.__dict__
del b
print("end")
