# seed Q7 example, verbatim: assignment vs copy vs deepcopy, __copy__/__deepcopy__, idioms
import copy

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
