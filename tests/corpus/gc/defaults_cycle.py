# a function whose default argument refers back to the function: a cycle through __defaults__
import gc
gc.collect()
class Holder:
    def __del__(self):
        print("holder freed")
def f(h=Holder(), box=[]):
    return box
f.__defaults__[1].append(f)
del f
print("deleted")
print(gc.collect())
