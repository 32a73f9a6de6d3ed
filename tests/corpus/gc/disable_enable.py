# with the collector disabled, cycles accumulate until an explicit collect
import gc
gc.collect()
gc.disable()
class N:
    def __init__(self, i):
        self.me = self
        self.i = i
    def __del__(self):
        pass
for i in range(2000):
    N(i)
print(gc.isenabled())
print(gc.collect())
gc.enable()
print(gc.isenabled())
