# values yielded by a generator are handed to the consumer
import sys
def gen(items):
    for it in items:
        yield it
data = [[1], [2]]
g = gen(data)
first = next(g)
print(sys.getrefcount(first))
second = next(g)
print(sys.getrefcount(first), sys.getrefcount(second))
del g
print(sys.getrefcount(first), sys.getrefcount(second))
