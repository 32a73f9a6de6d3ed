# in an f-string, values already formatted are strings, so they no longer hold the object
import sys
class V:
    def __format__(self, spec):
        return "V"
    def __repr__(self):
        return "V()"
v = V()
print(f"{v}{sys.getrefcount(v)}")
print(f"{v!r}{sys.getrefcount(v)}")
print("{}{}".format(v, sys.getrefcount(v)))
print("%s %d" % (v, sys.getrefcount(v)))
