# deepcopy of an instance copies instance attributes, never class attributes
import copy
class C:
    shared = [1]
    def __init__(self):
        self.own = [2]
c = C()
d = copy.deepcopy(c)
print(d.shared is c.shared, d.own is c.own, "shared" in vars(d))
