import sys
items = [object()]
for i, x in enumerate(items):
    print(sys.getrefcount(x))
print(sys.getrefcount(items[0]))
for k, v in {1: items[0]}.items():
    print(sys.getrefcount(v))
for a, b in zip(items, items):
    print(sys.getrefcount(a))
e = enumerate(items)
t = next(e)
print(sys.getrefcount(t))
del t
print(sys.getrefcount(items[0]))
for pair in enumerate(items):
    print(sys.getrefcount(pair), sys.getrefcount(items[0]))
it = iter({1: items[0]}.items())
print(sys.getrefcount(None) > 0)
