# a mutable default is one object shared across calls
def f(x=[]):
    return x
a = f()
b = f()
print(a is b, f([]) is a)
a.append(1)
print(f(), b)
def g(x=None):
    if x is None:
        x = []
    return x
print(g() is g())
