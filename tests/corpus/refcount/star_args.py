# *args tuples and **kwargs dicts hold references to the passed objects
import sys
x = [1]
def f(*args, **kwargs):
    return sys.getrefcount(x)
print(sys.getrefcount(x))
print(f(x))
print(f(x, x, x))
print(f(k=x))
print(f(*[x, x]))
print(f(**{"a": x}))
def g(*args):
    return args
t = g(x, x)
print(sys.getrefcount(x), type(t).__name__)
