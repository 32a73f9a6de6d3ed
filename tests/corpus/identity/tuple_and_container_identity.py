# tuple identity: the empty tuple is shared, copies of tuples are the tuple itself
t = (1, 2, 3)
print(t[:] is t, tuple(t) is t, t * 1 is t, t + () is t, () + t is t, t[0:3] is t, t[0:2] is t[0:2])
print(() is tuple(), tuple([]) is (), t[3:] is (), (*[],) is (), tuple(x for x in []) is ())
u = (1, 2, 3)
print(t is u, (1, 2) + (3,) is t, tuple([1, 2, 3]) is t)
l = [1, 2]
print(l[:] is l, list(l) is l, l.copy() is l, l * 1 is l)
f = frozenset([1])
print(frozenset(f) is f, f.copy() is f, frozenset() is frozenset(), frozenset([]) is frozenset(()))
s = "abc"
print(str(s) is s, s[:] is s, s[0:3] is s, format(s) is s, f"{s}" is s, "%s" % s is s)
