# the callback receives the (now dead) weakref object itself
import weakref
class T:
    pass
t = T()
log = []
def cb(ref):
    log.append((ref is r, ref()))
r = weakref.ref(t, cb)
del t
print(log)
