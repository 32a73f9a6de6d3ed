# copy and deepcopy of an instance do not call __init__ (they use __reduce_ex__ and __new__)
import copy
class Loud:
    created = 0
    def __init__(self, v):
        Loud.created += 1
        print("__init__", v)
        self.v = v
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        return super().__new__(cls)
a = Loud([1])
b = copy.copy(a)
c = copy.deepcopy(a)
print(Loud.created, b.v is a.v, c.v == a.v, c.v is a.v)
