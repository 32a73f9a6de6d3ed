# finalize holds its arguments strongly; passing the object itself keeps it alive forever
import gc
import weakref
class T:
    pass
def show(*a):
    print("finalized with", len(a), "args")
t = T()
extra = [1, 2]
f = weakref.finalize(t, show, extra, "x")
del extra
print(f.peek()[2])
del t
print(f.alive)
