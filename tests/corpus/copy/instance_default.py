# copy of a plain instance copies its __dict__ (shallow); deepcopy copies the values too
import copy
class Point:
    def __init__(self, x, tags):
        self.x = x
        self.tags = tags
p = Point(1, ["a"])
c = copy.copy(p)
d = copy.deepcopy(p)
print(type(c).__name__, c is p, c.x, c.tags is p.tags, d.tags is p.tags, d.tags == p.tags)
c.x = 5
print(p.x, c.x)
print(c.__dict__ is p.__dict__, vars(c) == vars(p))
