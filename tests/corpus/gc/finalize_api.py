# weakref.finalize: alive, peek, detach, atexit flag and the order at exit
import weakref
class Obj:
    pass
a, b, c = Obj(), Obj(), Obj()
fa = weakref.finalize(a, print, "finalize a")
fb = weakref.finalize(b, print, "finalize b")
fc = weakref.finalize(c, print, "finalize c")
print(fa.alive, fa.peek()[1:] == (print, ("finalize a",), {}))
obj, func, args, kwargs = fb.detach()
print(obj is b, fb.alive, fb.detach())
fc.atexit = False
print(fc.atexit, fa.atexit)
d = Obj()
fd = weakref.finalize(d, print, "finalize d")
del d
print("fd alive", fd.alive)
print("end")
