# seed Q2 example, verbatim: getrefcount, __del__ with a NameError inside it, a two-node cycle
import sys

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
