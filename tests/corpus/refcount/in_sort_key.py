# refcount of an item seen from inside a sort key function and min/max key functions
import sys
x = [3]
y = [1]
lst = [x, y]
def key(item):
    return (sys.getrefcount(item), item[0])
print(sorted(lst, key=key) == [y, x])
print([key(i) for i in lst])
print(sys.getrefcount(x))
seen = []
lst.sort(key=lambda i: seen.append(sys.getrefcount(i)) or i[0])
print(seen)
print(max(lst, key=lambda i: sys.getrefcount(i) * 0 + i[0]) is x)
