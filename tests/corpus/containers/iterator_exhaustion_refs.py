import sys
l = [1, 2, 3]
print(sys.getrefcount(l))
it = iter(l)
print(sys.getrefcount(l))
for x in it:
    pass
print(sys.getrefcount(l))
t = (4, 5)
ti = iter(t)
print(sys.getrefcount(t))
list(ti)
print(sys.getrefcount(t))
d = {1: 2}
di = iter(d)
print(sys.getrefcount(d))
next(di)
print(sys.getrefcount(d))
try:
    next(di)
except StopIteration:
    print('stop')
print(sys.getrefcount(d))
