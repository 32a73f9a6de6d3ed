# cycles with __del__ that are still alive at exit are finalised during shutdown
class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
a = N("a")
b = N("b")
a.b = b
b.a = a
c = N("c")
c.me = c
print("end")
