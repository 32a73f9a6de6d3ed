# a key function raising mid-sort leaves the list intact and the items referenced once more
import sys
a, b, c = [3], [1], [2]
lst = [a, b, c]
def key(v):
    if v is c:
        raise KeyError("stop")
    return v[0]
try:
    lst.sort(key=key)
except KeyError as e:
    print("KeyError", e)
print(lst == [a, b, c], [sys.getrefcount(v) for v in (a, b, c)])
