import sys
x = 'v' + str(9)
print(sys.getrefcount(x))
s = {x}
print(sys.getrefcount(x))
t = s.copy()
u = s | t
print(sys.getrefcount(x))
s.discard(x)
print(sys.getrefcount(x))
t.clear()
print(sys.getrefcount(x))
y = u.pop()
print(sys.getrefcount(x))
del y, u
print(sys.getrefcount(x))
