# attribute names set with setattr are interned; dict keys made at run time are not
import sys
class O:
    pass
o = O()
name = "".join(["dyn", "amic"])
setattr(o, name, 1)
key = [k for k in vars(o)][0]
print(key is sys.intern("".join(["dyn", "amic"])))
d = {}
k2 = "".join(["run", "time"])
d[k2] = 1
print(list(d)[0] is k2, list(d)[0] is sys.intern("".join(["run", "time"])))
