# gen0 count deltas reveal which operations allocate GC objects (3.11: method calls allocate no bound method)
import gc
class O:
    def m(self):
        return 1
o = O()
def measure(label, fn):
    gc.collect()
    fn()
    gc.collect()
    base = gc.get_count()[0]
    fn()
    print(label, gc.get_count()[0] - base)
def call_method():
    o.m()
def get_bound():
    b = o.m
def raise_catch():
    try:
        raise ValueError
    except ValueError:
        pass
def make_closure():
    x = 1
    def inner():
        return x
def nothing():
    pass
measure("nothing", nothing)
measure("call method", call_method)
measure("bound method", get_bound)
measure("raise/catch", raise_catch)
measure("closure", make_closure)
