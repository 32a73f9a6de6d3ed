# deepcopy of a bound method copies its instance; copy returns a new bound method object
import copy
class C:
    def __init__(self):
        self.data = [1]
    def get(self):
        return self.data
c = C()
m = c.get
m2 = copy.copy(m)
print(m2 is m, m2.__self__ is c)
m3 = copy.deepcopy(m)
print(m3.__self__ is c, m3() == c.data, m3() is c.data)
