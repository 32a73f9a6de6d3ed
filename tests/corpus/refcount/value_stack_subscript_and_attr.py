# the container of a subscript or the object of an attribute store is on the stack
import sys
class O:
    pass
d = {}
o = O()
d[sys.getrefcount(d)] = "key is count of d"
print(d)
o.count = sys.getrefcount(o)
print(o.count)
lst = [None]
lst[0] = sys.getrefcount(lst)
print(lst)
