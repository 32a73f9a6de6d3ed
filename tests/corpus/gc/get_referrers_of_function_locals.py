# while a function runs, its local list is referred to by nothing the collector tracks (frames are not objects)
import gc
import sys
def f():
    local = ["only local"]
    refs = gc.get_referrers(local)
    return len(refs), sys.getrefcount(local)
print(f())
def g():
    local = ["via frame"]
    frame = sys._getframe()
    refs = gc.get_referrers(local)
    return [type(r).__name__ for r in refs]
print(g())
