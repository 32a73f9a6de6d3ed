# __del__ of cyclic garbage runs at an automatic collection, interleaved with program output
import gc
gc.collect()
gc.set_threshold(20)
class C:
    n = 0
    def __init__(self):
        self.me = self
    def __del__(self):
        C.n += 1
for round_ in range(5):
    for _ in range(15):
        C()
    print("round", round_, "finalised so far", C.n)
gc.set_threshold(700)
gc.collect()
print("total", C.n)
