# WeakSet membership disappears with the objects; iteration is safe
import weakref
import gc
class Item:
    def __init__(self, n):
        self.n = n
items = [Item(i) for i in range(5)]
ws = weakref.WeakSet(items)
print(len(ws))
del items[1:3]
print(len(ws), sorted(i.n for i in ws))
for i in ws:
    if i.n == 0:
        items.remove(i)
del i
print(len(ws), sorted(i.n for i in ws))
items.clear()
print(len(ws))
