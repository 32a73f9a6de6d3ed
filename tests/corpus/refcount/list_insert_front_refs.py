# list.remove removes the first *equal* item: an equal-but-different list at the front goes instead
import sys
x = [0]
y = [0]
lst = []
for _ in range(3):
    lst.insert(0, x)
lst.append(y)
print(sys.getrefcount(x), sys.getrefcount(y))
lst.remove(y)
print(sys.getrefcount(x), sys.getrefcount(y), len(lst))
print(lst.count(x), lst.index(y) if y in lst else -1)
