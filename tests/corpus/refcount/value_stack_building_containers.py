# items already evaluated for a list, tuple, set or dict display are on the value stack
import sys
class K:
    pass
x = K()
print([x, sys.getrefcount(x)][1])
print((x, x, sys.getrefcount(x))[2])
print({x: sys.getrefcount(x)}[x])
print({"a": x, "b": sys.getrefcount(x)}["b"])
print(len({x, sys.getrefcount(x)}))
print(sys.getrefcount(x))
