# seed Q2 section: the Node cycle, then gc.collect() added to show it is freed
# Циклическая ссылка - НЕ освобождается refcount'ом
class Node:
    def __init__(self):
        self.ref = None

a = Node()
b = Node()
a.ref = b
b.ref = a  # Цикл!
del a, b   # Память НЕ освобождена (refcount = 1 у обоих)
# Нужен GC для очистки!
import gc
print(gc.collect())
