# the same objects referenced from a global list and a global dict at exit
class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
objs = [N("x"), N("y"), N("z")]
by_name = {o.name: o for o in reversed(objs)}
print("end")
