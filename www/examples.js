// Ready programs for the Examples menu: a short one per topic of the seed chapter (memory
// management and GC), then the chapter's own example for that topic. The seed examples are kept as
// written (comments in Russian included) except where they need the outside world: Q8 leaves out the
// third-party memory_profiler (Q1's network and processes are simulated; its Pool.map call fails
// with the TypeError CPython raises, as cpu_bound takes no argument).

export const DEFAULT_EXAMPLE = 'refcount';

export const EXAMPLES = [
  { id: 'gil', topic: 'gil', title: { en: 'The GIL', ru: 'GIL' }, code: String.raw`import threading

counter = 0

def work():
    global counter
    for _ in range(1000):
        counter += 1

threads = [threading.Thread(target=work) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)   # one thread at a time runs bytecode: the GIL
` },
  { id: 'race', topic: 'gil', title: { en: 'A race condition (threads)', ru: 'Состояние гонки (потоки)' }, code: String.raw`import sys
import threading

sys.setswitchinterval(0.0001)   # switch threads every 0.1 ms (the default is 5 ms): more races

counter = 0
lock = threading.Lock()

def one():
    return 1

def unsafe(n):
    global counter
    for _ in range(n):
        counter += one()     # read counter, call one(), write: a switch can fall in between

def safe(n):
    global counter
    for _ in range(n):
        with lock:           # nobody else can read or write counter meanwhile
            counter += one()

def race(work, n=200_000):
    global counter
    counter = 0
    threads = [threading.Thread(target=work, args=(n,)) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return counter

lost = 2 * 200_000 - race(unsafe)
print("without a lock, updates lost:", lost)
print("with a lock, updates lost:", 2 * 200_000 - race(safe))
` },
  { id: 'refcount', topic: 'refcount', title: { en: 'Reference counting', ru: 'Подсчёт ссылок' }, code: String.raw`import sys

x = [1, 2, 3]
y = x                        # a second name for the same list
print(sys.getrefcount(x))    # 3: x, y and getrefcount's own argument

container = [x]
print(sys.getrefcount(x))    # 4: the container holds one more

del y
container.clear()
print(sys.getrefcount(x))    # 2
` },
  { id: 'gc', topic: 'gc', title: { en: 'The cyclic collector', ru: 'Сборщик циклов' }, code: String.raw`import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.ref = None

a = Node('a')
b = Node('b')
a.ref = b
b.ref = a          # a cycle: each keeps the other alive
del a, b           # refcounts stay above zero, nothing is freed
print(gc.collect())  # the collector finds the cycle and frees it
` },
  { id: 'weakref', topic: 'weakref', title: { en: 'Cycles and weak references', ru: 'Циклы и слабые ссылки' }, code: String.raw`import weakref

class Parent:
    def __init__(self):
        self.children = []

class Child:
    def __init__(self, parent):
        self.parent = weakref.ref(parent)  # does not keep the parent alive
        parent.children.append(self)

p = Parent()
c = Child(p)
print(c.parent() is p)   # True
del p                    # the last strong reference: the parent is freed now
print(c.parent())        # None
` },
  { id: 'identity', topic: 'identity', title: { en: 'is vs ==', ru: 'is и ==' }, code: String.raw`a = [1, 2, 3]
b = [1, 2, 3]
c = a

print(a == b)   # True: equal values
print(a is b)   # False: two different lists
print(a is c)   # True: one list with two names
print(id(a) == id(c))
` },
  { id: 'interning', topic: 'interning', title: { en: 'Interning', ru: 'Интернирование' }, code: String.raw`import sys

a = 256
b = 256
print(a is b)        # True: small ints (-5..256) are cached

x = int("1000")
y = int("1000")
print(x is y)        # False: built at run time, two objects

s1 = sys.intern("hello world!")
s2 = sys.intern("hello world!")
print(s1 is s2)      # True: one interned string
` },
  { id: 'copy', topic: 'copy', title: { en: 'copy vs deepcopy', ru: 'copy и deepcopy' }, code: String.raw`import copy

original = [[1, 2], [3, 4]]
shallow = copy.copy(original)
deep = copy.deepcopy(original)

shallow[0][0] = 999
print(original)   # [[999, 2], [3, 4]]: the inner lists are shared
print(deep)       # [[1, 2], [3, 4]]: deepcopy copied them too
` },
  { id: 'profiling', topic: 'profiling', title: { en: 'Memory profiling', ru: 'Профилирование памяти' }, code: String.raw`import sys
import tracemalloc

print(sys.getsizeof([]))          # 56 bytes: an empty list
print(sys.getsizeof([1, 2, 3]))   # 88 bytes: the items are not counted

tracemalloc.start()
data = [list(range(10)) for _ in range(10)]
current, peak = tracemalloc.get_traced_memory()
print(current > 0, peak >= current)
tracemalloc.stop()
` },
  { id: 'seed-q1', topic: 'gil', title: { en: 'Seed Q1: The GIL', ru: 'Вопрос 1: GIL' }, code: String.raw`import threading
import time

# CPU-bound - GIL мешает
def cpu_bound():
    count = 0
    for _ in range(10**7):
        count += 1
    return count

# Однопоточное выполнение
start = time.time()
cpu_bound()
cpu_bound()
print(f"Sequential: {time.time() - start:.2f}s")  # ~1.5s

# Многопоточное выполнение - НЕ быстрее из-за GIL!
start = time.time()
t1 = threading.Thread(target=cpu_bound)
t2 = threading.Thread(target=cpu_bound)
t1.start(); t2.start()
t1.join(); t2.join()
print(f"Threaded: {time.time() - start:.2f}s")  # ~1.5s (не быстрее!)

# I/O-bound - GIL не мешает
import urllib.request

def io_bound(url):
    return urllib.request.urlopen(url).read()

# Многопоточное I/O - быстрее!
start = time.time()
threads = [
    threading.Thread(target=io_bound, args=('http://example.com',))
    for _ in range(5)
]
for t in threads: t.start()
for t in threads: t.join()
print(f"Threaded I/O: {time.time() - start:.2f}s")

# Решение для CPU-bound: multiprocessing
from multiprocessing import Pool

if __name__ == '__main__':
    start = time.time()
    with Pool(2) as p:
        p.map(cpu_bound, range(2))
    print(f"Multiprocessing: {time.time() - start:.2f}s")  # ~0.75s
` },
  { id: 'seed-q2', topic: 'refcount', title: { en: 'Seed Q2: Reference counting', ru: 'Вопрос 2: Подсчёт ссылок' }, code: String.raw`import sys

# Проверка refcount
x = [1, 2, 3]
print(sys.getrefcount(x))  # 2 (x + аргумент getrefcount)

y = x
print(sys.getrefcount(x))  # 3

del y
print(sys.getrefcount(x))  # 2

# В контейнере
container = [x]
print(sys.getrefcount(x))  # 3

# Функция увеличивает refcount временно
def process(obj):
    print(sys.getrefcount(obj))  # 4 (x + container + obj + getrefcount)

process(x)
print(sys.getrefcount(x))  # 3 (после возврата из функции)

# Немедленное освобождение (детерминированное)
class Resource:
    def __init__(self, name):
        self.name = name
        print(f"Created: {name}")

    def __del__(self):
        print(f"Destroyed: {name}")

r = Resource("test")  # Created: test
r = None              # Destroyed: test (сразу!)

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
` },
  { id: 'seed-q3', topic: 'gc', title: { en: 'Seed Q3: The cyclic collector', ru: 'Вопрос 3: Сборщик циклов' }, code: String.raw`import gc

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
` },
  { id: 'seed-q4', topic: 'weakref', title: { en: 'Seed Q4: Cycles and weak references', ru: 'Вопрос 4: Циклы и слабые ссылки' }, code: String.raw`import weakref
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
` },
  { id: 'seed-q5', topic: 'identity', title: { en: 'Seed Q5: is vs ==', ru: 'Вопрос 5: is и ==' }, code: String.raw`# Базовое различие
a = [1, 2, 3]
b = [1, 2, 3]
c = a

print(a == b)  # True (равные значения)
print(a is b)  # False (разные объекты)
print(a is c)  # True (один объект)
print(id(a), id(b), id(c))  # id(a) == id(c) != id(b)

# None - всегда используйте is
x = None
if x is None:      # Правильно
    pass
if x == None:      # Работает, но не pythonic
    pass

# Integer interning
a = 256
b = 256
print(a is b)  # True (интернированы)

a = 257
b = 257
print(a is b)  # False (не интернированы)*
# *Может быть True в интерактивном режиме!

# String interning
s1 = "hello"
s2 = "hello"
print(s1 is s2)  # True (интернированы)

s1 = "hello world!"
s2 = "hello world!"
print(s1 is s2)  # False (пробел и ! блокируют interning)

# Принудительное интернирование
import sys
s1 = sys.intern("hello world!")
s2 = sys.intern("hello world!")
print(s1 is s2)  # True

# Кастомный __eq__
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return self.x == other.x and self.y == other.y

p1 = Point(1, 2)
p2 = Point(1, 2)
print(p1 == p2)  # True (равные координаты)
print(p1 is p2)  # False (разные объекты)

# Singleton pattern
class Singleton:
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

s1 = Singleton()
s2 = Singleton()
print(s1 is s2)  # True (один и тот же объект)
` },
  { id: 'seed-q6', topic: 'interning', title: { en: 'Seed Q6: Interning', ru: 'Вопрос 6: Интернирование' }, code: String.raw`import sys

# Integer interning
a = 100
b = 100
print(a is b)  # True

a = 1000
b = 1000
print(a is b)  # False (вне диапазона)

# Демонстрация диапазона
for i in range(-10, 260):
    a = i
    b = i
    if a is not b:
        print(f"First non-interned: {i}")  # 257
        break

# String interning
s1 = "hello"
s2 = "hello"
print(s1 is s2)  # True (автоматически интернирована)

s1 = "hello world"
s2 = "hello world"
print(s1 is s2)  # Может быть True или False!

# Принудительное интернирование
s1 = sys.intern("hello world")
s2 = sys.intern("hello world")
print(s1 is s2)  # True (гарантированно)

# Когда интернировать строки
# 1. Часто сравниваемые строки
STATUS_ACTIVE = sys.intern("active")
STATUS_INACTIVE = sys.intern("inactive")

def check_status(status):
    status = sys.intern(status)  # Интернируем входные данные
    if status is STATUS_ACTIVE:  # Быстрое сравнение
        return True
    return False

# 2. Ключи словаря из пользовательского ввода
def process_json(data):
    # Интернируем ключи для экономии памяти
    return {sys.intern(k): v for k, v in data.items()}

# Демонстрация экономии памяти
strings = ["common_key"] * 1000000

# Без interning
import sys
total_size = sum(sys.getsizeof(s) for s in strings)
print(f"Without interning: {total_size:,} bytes")

# С interning (все ссылаются на один объект)
interned = [sys.intern("common_key") for _ in range(1000000)]
unique_objects = len(set(id(s) for s in interned))
print(f"Unique objects: {unique_objects}")  # 1

# Tuple interning (Python 3.10+)
t1 = (1, 2, 3)
t2 = (1, 2, 3)
print(t1 is t2)  # True (короткие tuples интернируются)
` },
  { id: 'seed-q7', topic: 'copy', title: { en: 'Seed Q7: copy vs deepcopy', ru: 'Вопрос 7: copy и deepcopy' }, code: String.raw`import copy

# Assignment vs copy
original = [[1, 2], [3, 4]]

# Assignment - просто ссылка
reference = original
reference[0][0] = 999
print(original)  # [[999, 2], [3, 4]] - изменился!

# Shallow copy
original = [[1, 2], [3, 4]]
shallow = copy.copy(original)
# или: shallow = original[:]
# или: shallow = list(original)

shallow.append([5, 6])
print(original)  # [[1, 2], [3, 4]] - не изменился

shallow[0][0] = 999
print(original)  # [[999, 2], [3, 4]] - изменился! (общие элементы)

# Deep copy
original = [[1, 2], [3, 4]]
deep = copy.deepcopy(original)

deep[0][0] = 999
print(original)  # [[1, 2], [3, 4]] - не изменился!

# Кастомное копирование
class Node:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children or []

    def __copy__(self):
        # Shallow: новый Node, но те же children
        return Node(self.value, self.children)

    def __deepcopy__(self, memo):
        # Deep: рекурсивно копируем всё
        return Node(
            copy.deepcopy(self.value, memo),
            copy.deepcopy(self.children, memo)
        )

# Memo словарь предотвращает бесконечную рекурсию
# при циклических ссылках

# Оптимизация для immutable
original = (1, 2, 3)
shallow = copy.copy(original)
deep = copy.deepcopy(original)

print(original is shallow)  # True (tuple immutable)
print(original is deep)     # True (нет смысла копировать)

# Частичное копирование
class Config:
    def __init__(self, settings, cache):
        self.settings = settings  # Копировать
        self.cache = cache        # Не копировать (shared)

    def __deepcopy__(self, memo):
        return Config(
            copy.deepcopy(self.settings, memo),
            self.cache  # Намеренно shared
        )

# Dict и list методы копирования
d = {'a': [1, 2]}
d_copy = d.copy()  # Shallow copy
d_copy = dict(d)   # Shallow copy
d_copy = {**d}     # Shallow copy (Python 3.5+)

lst = [1, [2, 3]]
lst_copy = lst.copy()  # Shallow
lst_copy = lst[:]      # Shallow
lst_copy = list(lst)   # Shallow
` },
  { id: 'seed-q8', topic: 'profiling', title: { en: 'Seed Q8: Memory profiling', ru: 'Вопрос 8: Профилирование памяти' }, code: String.raw`import sys

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
` },
];

/** The example with this id, or undefined. */
export function example(id) {
  return EXAMPLES.find((e) => e.id === id);
}
