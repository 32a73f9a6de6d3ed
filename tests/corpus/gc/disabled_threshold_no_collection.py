# with the collector disabled no automatic collection runs; enabling it lets the threshold act again
import gc
gc.collect()
gc.disable()
gc.set_threshold(5)
class C:
    def __del__(self):
        print("del")
for _ in range(10):
    c = C()
    c.me = c
del c
print("disabled", gc.isenabled())
gc.enable()
gc.set_threshold(700)
print(gc.collect())
