# seed Q3 section: DEBUG_SAVEALL, a Node cycle and gc.garbage
import gc

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
