# the interned-string table's own references are not counted; attribute names are held by the keys table
import sys
s = sys.intern("".join(["ab", "cd_x"]))
print(sys.getrefcount(s))
t = "".join(["ab", "cd_y"])
print(sys.getrefcount(t))
d = {t: 1}
print(sys.getrefcount(t))
class O:
    pass
o = O()
setattr(o, t, 1)
print(sys.getrefcount(t))
o2 = O()
setattr(o2, t, 2)
print(sys.getrefcount(t))
del d
print(sys.getrefcount(t))
