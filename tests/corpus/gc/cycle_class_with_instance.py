# a class and an instance referencing each other through a class attribute
import gc
gc.collect()
class Singleton:
    pass
Singleton.instance = Singleton()
del Singleton
print(gc.collect())
