# copy.copy of a list subclass with a custom __init__ does not call __init__
import copy
class Tracked(list):
    def __init__(self, *args):
        print("__init__ called with", args)
        super().__init__(*args)
t = Tracked([1, 2])
c = copy.copy(t)
print(type(c).__name__, c)
d = copy.deepcopy(t)
print(type(d).__name__, d)
