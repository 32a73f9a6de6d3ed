# sort() keeps the items; sorted() makes a second list that references them too
import sys
x = [3]
y = [1]
lst = [x, y]
lst.sort()
print(lst, sys.getrefcount(x))
new = sorted(lst, key=lambda v: -v[0])
print(new, sys.getrefcount(x))
rev = list(reversed(lst))
print(sys.getrefcount(x))
del new, rev
print(sys.getrefcount(x))
