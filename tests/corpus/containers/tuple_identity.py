t = (1, 2, 3)
print(t * 1 is t, t + () is t, () + t is t, t[:] is t, tuple(t) is t, t[0:3] is t, t[0:2] is t)
e = ()
print(t * 0 is e, tuple() is e, tuple([]) is e, t[5:] is e)
l = [1, 2]
print(l * 1 is l, l[:] is l, list(l) is l, l.copy() is l)
class T(tuple):
    pass
u = T((1, 2))
print(type(u).__name__, tuple(u) is u, type(tuple(u)).__name__, u[:] is u, type(u[:]).__name__)
print(u + (3,), type(u * 1).__name__)
