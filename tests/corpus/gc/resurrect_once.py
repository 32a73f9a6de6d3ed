# __del__ resurrects a cycle member; the next collection frees it without calling __del__ again
import gc
gc.collect()
saved = []
class R:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
        saved.append(self)
a = R("a")
b = R("b")
a.peer = b
b.peer = a
del a, b
print(gc.collect())
print([r.name for r in saved], gc.is_finalized(saved[0]))
saved.clear()
print(gc.collect())
print("end")
