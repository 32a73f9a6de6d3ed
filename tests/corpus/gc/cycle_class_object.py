# a class object is part of cycles (its __mro__, descriptors); deleting it leaves garbage
import gc
gc.collect()
class Temp:
    def method(self):
        pass
del Temp
print(gc.collect())
class Sub(dict):
    x = 1
del Sub
print(gc.collect())
