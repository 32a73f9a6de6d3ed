# a __del__ that resurrects self: collect() returns 0, __del__ is not called again
import gc
gc.collect()
saved = []
class Phoenix:
    def __del__(self):
        print("__del__ runs, resurrecting")
        saved.append(self)
p = Phoenix()
p.self_ref = p
del p
print("collect:", gc.collect())
print(len(saved))
saved.clear()
print("collect again:", gc.collect())
print("end")
