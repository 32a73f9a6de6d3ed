# default values are evaluated once at definition time
import itertools
counter = itertools.count()
def f(x=next(counter)):
    return x
print(f(), f(), next(counter))
def g(t=[]):
    t.append(len(t))
    return t
print(g(), g(), g() is g())
