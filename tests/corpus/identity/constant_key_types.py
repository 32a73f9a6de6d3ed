# equal-but-different constants are not merged: 0.0 vs -0.0, 1 vs 1.0 vs True, (1,) vs (1.0,)
a = 0.0
b = -0.0
print(a is b, a == b)
c = 1
d = 1.0
e = True
print(c is d, c == d, c is e, d == e)
t1 = (1,)
t2 = (1.0,)
print(t1 is t2, t1 == t2)
s1 = "1"
print(s1 is str(1))
