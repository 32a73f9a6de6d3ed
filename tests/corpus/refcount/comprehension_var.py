# a comprehension has its own frame and variable; nothing leaks out afterwards
import sys
b = [1]
l5 = [b] * 5
def g(x):
    return sys.getrefcount(x)
print([g(x) for x in [b]])
print(sys.getrefcount(b))
items = [[7]]
for item in items:
    pass
print([g(x) for x in items])
print({i: g(k) for i, k in enumerate(items)})
print(sum(g(x) for x in items))
print(sys.getrefcount(items[0]))
