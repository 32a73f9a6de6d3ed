# with a small gen0 threshold, allocating cycles triggers automatic collections
import gc
gc.collect()
class C:
    def __init__(self, i):
        self.i = i
        self.me = self
    def __del__(self):
        print("del", self.i)
gc.set_threshold(5, 10, 10)
print(gc.get_threshold())
for i in range(12):
    C(i)
print("loop done")
gc.set_threshold(700, 10, 10)
print(gc.collect())
