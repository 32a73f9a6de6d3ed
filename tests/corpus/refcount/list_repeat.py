# [b]*5 holds five references; slicing and concatenation add more
import sys
b = ["x"]
l5 = [b] * 5
print(sys.getrefcount(b))
half = l5[:2]
print(sys.getrefcount(b))
both = l5 + half
print(sys.getrefcount(b))
del l5
print(sys.getrefcount(b))
both.clear()
print(sys.getrefcount(b))
del half
print(sys.getrefcount(b))
