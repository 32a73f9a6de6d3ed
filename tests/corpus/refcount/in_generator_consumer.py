# refcounts of items while list() and a for loop consume a generator
import sys
items = [[1], [2]]
def gen():
    for it in items:
        yield sys.getrefcount(it)
print(list(gen()))
for r in gen():
    print(r)
print([sys.getrefcount(it) for it in items])
print(list(map(sys.getrefcount, items)))
