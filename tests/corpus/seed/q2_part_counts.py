# seed Q2 section: getrefcount after alias, del, container and a call
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
