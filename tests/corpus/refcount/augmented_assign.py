# += on a list mutates in place (same object); on a tuple it rebinds
import sys
a = [1]
b = a
before = id(a)
a += [2]
print(a is b, id(a) == before, b)
print(sys.getrefcount(a))
t = (1,)
u = t
t += (2,)
print(t is u, t, u)
s = "ab"
s2 = s
s += "c"
print(s is s2, s, s2)
n = [0]
lst = [n]
lst[0] += [5]
print(n, lst[0] is n, sys.getrefcount(n))
