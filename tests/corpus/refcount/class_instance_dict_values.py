# values in vars(obj) and in the class dict, before and after the instance dict is materialised
import sys
v = [0]
class C:
    shared = v
c = C()
c.mine = v
print(sys.getrefcount(v))
d = vars(c)
print(sys.getrefcount(v), len(d))
c.__dict__["other"] = v
print(sys.getrefcount(v), sorted(vars(c)))
del c
print(sys.getrefcount(v))
del d
print(sys.getrefcount(v))
