# enumerate and zip reuse their result tuple, which keeps the last items referenced
import sys
a = [1]
b = [2]
for i, x in enumerate([a]):
    pass
print(sys.getrefcount(a))
del x
print(sys.getrefcount(a))
for p, q in zip([a], [b]):
    pass
del p, q
print(sys.getrefcount(a), sys.getrefcount(b))
