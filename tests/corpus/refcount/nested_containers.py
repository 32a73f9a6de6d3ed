# references through nested containers count once per slot
import sys
leaf = ["leaf"]
mid = [leaf, leaf]
top = [mid, (leaf,), {"k": leaf}, {leaf[0]: mid}]
print(sys.getrefcount(leaf))
print(sys.getrefcount(mid))
top.pop(1)
print(sys.getrefcount(leaf))
del top
print(sys.getrefcount(leaf), sys.getrefcount(mid))
