# seed Q4 section: WeakValueDictionary cache of ExpensiveObject
import weakref

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
