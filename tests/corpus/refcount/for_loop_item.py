# the loop variable keeps the last item alive after the loop; the iterator holds the list
import sys
b = [1]
l5 = [b] * 5
for item in [b]:
    print(sys.getrefcount(b))
print(sys.getrefcount(b))
items = [[7]]
for item in items:
    print(sys.getrefcount(item))
print(sys.getrefcount(items[0]))
del item
print(sys.getrefcount(items[0]))
