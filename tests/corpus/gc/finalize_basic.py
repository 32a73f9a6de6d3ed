# weakref.finalize: runs once when the object dies; alive, peek, detach, calling it directly
import weakref
class Res:
    pass
def cleanup(name, n=0):
    print("cleanup", name, n)
    return name.upper()
r = Res()
f = weakref.finalize(r, cleanup, "r1", n=5)
print(f.alive, f.atexit, f.peek()[1:])
del r
print(f.alive, f(), f.peek())
r2 = Res()
f2 = weakref.finalize(r2, cleanup, "r2")
print(f2())
print(f2(), f2.alive)
r3 = Res()
f3 = weakref.finalize(r3, cleanup, "r3")
print(f3.detach()[1:], f3.alive)
del r3
print("end")
