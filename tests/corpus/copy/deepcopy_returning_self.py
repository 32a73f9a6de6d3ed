# a __deepcopy__ that returns self makes the object shared between original and copy
import copy
class Shared:
    def __deepcopy__(self, memo):
        return self
class Owner:
    def __init__(self):
        self.shared = Shared()
        self.own = [1]
o = Owner()
c = copy.deepcopy(o)
print(c.shared is o.shared, c.own is o.own, c is o)
memo = {id(o.own): o.own}
d = copy.deepcopy(o, memo)
print(d.own is o.own)
