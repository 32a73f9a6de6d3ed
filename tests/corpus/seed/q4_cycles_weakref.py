# seed Q4 example, verbatim: Parent/Child cycle, weak parent, WeakValueDictionary, Connection, finalize
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

# Решение 2: WeakValueDictionary
cache = weakref.WeakValueDictionary()

class ExpensiveObject:
    def __init__(self, key):
        self.key = key
        cache[key] = self  # Weak reference в кэше

obj = ExpensiveObject('data')
print(cache.get('data'))  # <ExpensiveObject>
del obj
print(cache.get('data'))  # None (автоматически удалено из кэша)

# Решение 3: Явное разрывание (Context Manager)
class Connection:
    def __init__(self):
        self.callbacks = []

    def add_callback(self, callback):
        self.callbacks.append(callback)
        # callback может ссылаться на Connection -> цикл

    def close(self):
        self.callbacks.clear()  # Явно разрываем

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

# Использование
with Connection() as conn:
    conn.add_callback(lambda: print(conn))  # Цикл внутри
# После выхода callbacks очищены

# Обнаружение циклов
gc.set_debug(gc.DEBUG_SAVEALL)
# После gc.collect() проверяем gc.garbage

# Finalization с weakref.finalize
def cleanup(name):
    print(f"Cleaning up {name}")

class Resource:
    def __init__(self, name):
        self.name = name
        self._finalizer = weakref.finalize(self, cleanup, name)

r = Resource("test")
del r  # "Cleaning up test" - гарантированный cleanup
