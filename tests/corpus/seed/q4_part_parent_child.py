# seed Q4 section: Parent/Child cycle and the weak-parent solution
import weakref
import gc

# Проблема: циклическая ссылка
class Parent:
    def __init__(self):
        self.children = []

class Child:
    def __init__(self, parent):
        self.parent = parent  # Сильная ссылка на parent
        parent.children.append(self)

p = Parent()
c = Child(p)  # p -> c -> p (цикл!)
del p, c
gc.collect()  # GC очистит, но лучше избежать

# Решение 1: Weak reference
class ChildWeak:
    def __init__(self, parent):
        self.parent = weakref.ref(parent)  # Слабая ссылка
        parent.children.append(self)

    def get_parent(self):
        return self.parent()  # Может вернуть None если parent удалён

p = Parent()
c = ChildWeak(p)
print(c.get_parent())  # <Parent object>
del p
print(c.get_parent())  # None (parent удалён)
