import sys
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
d['z'] = 26
r = reversed(d)
print(type(r).__name__, r.__length_hint__(), list(r), list(r))
print(list(reversed(d.values())), list(reversed(d.items())), type(reversed(d.items())).__name__)
x = object()
e = {1: x}
for k, v in reversed(e.items()):
    print(sys.getrefcount(v))
it = reversed(d)
next(it)
d['new'] = 0
try:
    next(it)
except RuntimeError as err:
    print(err)
print(list(reversed({})), list(reversed({}.keys())))
