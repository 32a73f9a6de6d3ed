# seed Q7 section: Node with __copy__/__deepcopy__, exercised
import copy

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

n = Node([1], [Node(2)])
c = copy.copy(n)
d = copy.deepcopy(n)
print(c.children is n.children, d.children is n.children, d.value == n.value, d.value is n.value)
