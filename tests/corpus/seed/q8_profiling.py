# seed Q8 example, verbatim: getsizeof, tracemalloc snapshots, memory_profiler import (not installed)
import sys

# sys.getsizeof - размер объекта (без вложенных!)
print(sys.getsizeof([]))        # 56 bytes (пустой list)
print(sys.getsizeof([1, 2, 3])) # 88 bytes
print(sys.getsizeof({}))        # 64 bytes
print(sys.getsizeof("hello"))   # 54 bytes

# Реальный размер со вложенными объектами
def deep_getsizeof(obj, seen=None):
    if seen is None:
        seen = set()
    obj_id = id(obj)
    if obj_id in seen:
        return 0
    seen.add(obj_id)
    size = sys.getsizeof(obj)
    if isinstance(obj, dict):
        size += sum(deep_getsizeof(k, seen) + deep_getsizeof(v, seen)
                    for k, v in obj.items())
    elif isinstance(obj, (list, tuple, set, frozenset)):
        size += sum(deep_getsizeof(i, seen) for i in obj)
    return size

# tracemalloc - трассировка аллокаций
import tracemalloc

tracemalloc.start()

# Ваш код
data = [list(range(1000)) for _ in range(1000)]

snapshot = tracemalloc.take_snapshot()
top_stats = snapshot.statistics('lineno')

print("Top 10 allocations:")
for stat in top_stats[:10]:
    print(stat)

# Сравнение снимков
tracemalloc.start()
snapshot1 = tracemalloc.take_snapshot()

# ... код, который может утекать ...
leaky_data = []
for i in range(10000):
    leaky_data.append(str(i) * 100)

snapshot2 = tracemalloc.take_snapshot()
top_stats = snapshot2.compare_to(snapshot1, 'lineno')

print("\nMemory diff:")
for stat in top_stats[:10]:
    print(stat)

# memory_profiler (pip install memory-profiler)
# Использование:
# @profile
# def my_function():
#     ...
# Запуск: python -m memory_profiler script.py

# Пример с декоратором
from memory_profiler import profile

@profile
def memory_test():
    a = [1] * 1000000
    b = [2] * 2000000
    del b
    return a

# objgraph (pip install objgraph)
# import objgraph
# objgraph.show_most_common_types(limit=10)
# objgraph.show_growth()
# objgraph.show_backrefs([obj], filename='refs.png')

# gc статистика
import gc

gc.collect()
print(f"Objects tracked: {len(gc.get_objects())}")
print(f"GC stats: {gc.get_stats()}")

# Пример поиска утечки
class Cache:
    _instances = []  # Утечка: все инстансы хранятся!

    def __init__(self, data):
        self.data = data
        Cache._instances.append(self)

# После создания 1000 объектов Cache - все в памяти
# Решение: WeakSet или явная очистка

# pympler для детального анализа
# from pympler import asizeof, tracker
# print(asizeof.asizeof(my_object))  # Реальный размер с вложенными

# tr = tracker.SummaryTracker()
# ... код ...
# tr.print_diff()  # Показывает изменения
