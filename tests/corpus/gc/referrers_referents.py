# gc.get_referents lists what tp_traverse visits; get_referrers finds containers holding an object
import gc
target = ["t"]
holder_list = [target, target]
holder_dict = {"k": target}
class Box:
    def __init__(self, v):
        self.v = v
box = Box(target)
refs = gc.get_referrers(target)
print(sorted(type(r).__name__ for r in refs if r is not globals()))
print(gc.get_referents(holder_list) == [target, target])
print([type(x).__name__ for x in gc.get_referents(holder_dict)])
print(gc.get_referents(1, "s", None))
t = (target, 5)
print(len(gc.get_referents(t)))
