# an exception in a weakref callback is reported as ignored
import weakref
class T:
    pass
def cb(r):
    raise KeyError("in callback")
t = T()
r = weakref.ref(t, cb)
del t
print("continues")
