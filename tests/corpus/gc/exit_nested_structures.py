# exit-time finalisation of objects held in nested containers and instances
class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
class Box:
    def __init__(self, *items):
        self.items = list(items)
root = Box(N("b1"), Box(N("inner1"), N("inner2")), N("b3"))
pair = (N("t0"), N("t1"))
print("end")
