# append, insert, remove, pop and index assignment change an item's count
import sys
x = []
holder = []
holder.append(x)
print(sys.getrefcount(x))
holder.insert(0, x)
print(sys.getrefcount(x))
holder.remove(x)
print(sys.getrefcount(x))
y = holder.pop()
print(sys.getrefcount(x))
del y
print(sys.getrefcount(x))
holder.append(None)
holder[0] = x
print(sys.getrefcount(x))
holder[0] = 1
print(sys.getrefcount(x), holder)
