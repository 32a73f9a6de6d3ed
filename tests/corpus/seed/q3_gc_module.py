# seed Q3 example, verbatim: gc counters, DEBUG_SAVEALL, gc.garbage, weakref cache, gc.callbacks, tracemalloc
import gc

# Статистика GC
gc.get_count()      # (123, 5, 0) - объекты в каждом поколении
gc.get_threshold()  # (700, 10, 10) - пороги

# Принудительная сборка
gc.collect()        # Собрать все поколения
gc.collect(0)       # Только поколение 0

# Отключение GC (для performance-critical кода)
gc.disable()
# ... критический код ...
gc.enable()

# Отслеживание циклических ссылок
gc.set_debug(gc.DEBUG_SAVEALL)

class Node:
    def __init__(self, name):
        self.name = name
        self.ref = None

# Создаём цикл
a = Node('a')
b = Node('b')
a.ref = b
b.ref = a
del a, b

# Проверяем мусор
gc.collect()
print(gc.garbage)  # Список объектов, которые не удалось очистить

# Weak references для избежания циклов
import weakref

class Cache:
    def __init__(self):
        self._cache = {}

    def get(self, key):
        ref = self._cache.get(key)
        if ref is not None:
            obj = ref()
            if obj is not None:
                return obj
        return None

    def set(self, key, value):
        self._cache[key] = weakref.ref(value)

# Callbacks при сборке
def callback(phase, info):
    if phase == 'start':
        print(f"GC starting: gen {info['generation']}")
    else:
        print(f"GC done: collected {info['collected']}")

gc.callbacks.append(callback)

# Проверка на утечки памяти
import tracemalloc

tracemalloc.start()
# ... код ...
snapshot = tracemalloc.take_snapshot()
top_stats = snapshot.statistics('lineno')
for stat in top_stats[:10]:
    print(stat)
